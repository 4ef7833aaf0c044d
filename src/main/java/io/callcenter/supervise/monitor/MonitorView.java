package io.callcenter.supervise.monitor;

import java.time.Instant;

/**
 * A listen / whisper / barge session as the REST API shows it.
 *
 * @param state ringing (the supervisor's phone rings), active or ended
 * @param reason why it ended, null while it runs
 */
public record MonitorView(String id, String supervisor, String agent, String callId, String mode, String state,
        String endpoint, Instant since, String reason) {
}
