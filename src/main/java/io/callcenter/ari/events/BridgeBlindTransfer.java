package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;

/** ARI model {@code BridgeBlindTransfer}: Notification that a blind transfer has occurred. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BridgeBlindTransfer(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("replace_channel") Channel replaceChannel,
        @JsonProperty("transferee") Channel transferee,
        @JsonProperty("exten") String exten,
        @JsonProperty("context") String context,
        @JsonProperty("result") String result,
        @JsonProperty("is_external") Boolean isExternal,
        @JsonProperty("bridge") Bridge bridge) implements AriEvent, ChannelEvent, BridgeEvent {
}
