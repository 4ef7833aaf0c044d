package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code ReferTo}: transfer destination requested by transferee Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferTo(
        @JsonProperty("requested_destination") RequiredDestination requestedDestination,
        @JsonProperty("destination_channel") Channel destinationChannel,
        @JsonProperty("connected_channel") Channel connectedChannel,
        @JsonProperty("bridge") Bridge bridge) {
}
