package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;

/** ARI model {@code BridgeAttendedTransfer}: Notification that an attended transfer has occurred. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BridgeAttendedTransfer(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("transferer_first_leg") Channel transfererFirstLeg,
        @JsonProperty("transferer_second_leg") Channel transfererSecondLeg,
        @JsonProperty("replace_channel") Channel replaceChannel,
        @JsonProperty("transferee") Channel transferee,
        @JsonProperty("transfer_target") Channel transferTarget,
        @JsonProperty("result") String result,
        @JsonProperty("is_external") Boolean isExternal,
        @JsonProperty("transferer_first_leg_bridge") Bridge transfererFirstLegBridge,
        @JsonProperty("transferer_second_leg_bridge") Bridge transfererSecondLegBridge,
        @JsonProperty("destination_type") String destinationType,
        @JsonProperty("destination_bridge") String destinationBridge,
        @JsonProperty("destination_application") String destinationApplication,
        @JsonProperty("destination_link_first_leg") Channel destinationLinkFirstLeg,
        @JsonProperty("destination_link_second_leg") Channel destinationLinkSecondLeg,
        @JsonProperty("destination_threeway_channel") Channel destinationThreewayChannel,
        @JsonProperty("destination_threeway_bridge") Bridge destinationThreewayBridge) implements AriEvent {
}
