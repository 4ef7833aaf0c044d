package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelEnteredBridge}: Notification that a channel has entered a bridge. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelEnteredBridge(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("bridge") Bridge bridge,
        @JsonProperty("channel") Channel channel) implements AriEvent, ChannelEvent, BridgeEvent {
}
