package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelDestroyed}: Notification that a channel has been destroyed. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelDestroyed(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("cause") Integer cause,
        @JsonProperty("cause_txt") String causeTxt,
        @JsonProperty("tech_cause") Integer techCause,
        @JsonProperty("channel") Channel channel) implements AriEvent, ChannelEvent {
}
