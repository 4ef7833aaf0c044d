package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelHold}: A channel initiated a media hold. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelHold(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("musicclass") String musicclass) implements AriEvent, ChannelEvent {
}
