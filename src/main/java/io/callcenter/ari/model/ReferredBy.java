package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code ReferredBy}: transfer destination requested by transferee Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferredBy(
        @JsonProperty("source_channel") Channel sourceChannel,
        @JsonProperty("connected_channel") Channel connectedChannel,
        @JsonProperty("bridge") Bridge bridge) {
}
