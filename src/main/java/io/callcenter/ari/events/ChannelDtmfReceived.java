package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelDtmfReceived}: DTMF received on a channel.  This event is sent when the DTMF ends. There is no notification about the start of DTMF Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelDtmfReceived(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("digit") String digit,
        @JsonProperty("duration_ms") Integer durationMs,
        @JsonProperty("channel") Channel channel) implements AriEvent, ChannelEvent {
}
