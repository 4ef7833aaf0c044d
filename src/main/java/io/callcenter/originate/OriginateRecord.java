package io.callcenter.originate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * An originate as the API reports it (and as it is stored).
 *
 * @param channelId       the ARI channel id we pre-assigned to the originated leg
 * @param requestedBy     username of who asked for it
 * @param status          dialing, up, completed or error
 * @param message         "&lt;cause_txt&gt; (&lt;cause&gt;)" once the channel is gone, e.g. "Normal Clearing (16)";
 *                        ARI's own message when ARI refused (e.g. "Allocation failed"); null while in progress
 * @param cause           Q.850 cause of ChannelDestroyed; null if the channel never existed
 * @param ariStatus       HTTP status of ARI's refusal (e.g. 500 for "Allocation failed"), else null
 * @param durationSeconds answer → end in whole seconds (rounded), both by Asterisk's event times: how long the
 *                        answered channel lived in the dialplan, ring time excluded; null when never answered
 * @param answeredAt      when the channel went Up (Asterisk's event time)
 * @param endedAt         when it was destroyed (Asterisk's event time), or when the originate failed
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OriginateRecord(UUID id, String server, String endpoint, String channelId, String callerId, String context,
        String extension, int priority, int timeout, String requestedBy, OriginateStatus status, String message,
        Integer cause, String causeTxt, Integer ariStatus, Long durationSeconds, Instant startedAt, Instant answeredAt,
        Instant endedAt) {
}
