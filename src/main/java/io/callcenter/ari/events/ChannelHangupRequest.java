package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelHangupRequest}: A hangup was requested on the channel. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelHangupRequest(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("cause") Integer cause,
        @JsonProperty("tech_cause") Integer techCause,
        @JsonProperty("soft") Boolean soft,
        @JsonProperty("channel") Channel channel) implements AriEvent, ChannelEvent {
}
