package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** ARI model {@code RequiredDestination}: Information about the requested destination Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequiredDestination(
        @JsonProperty("protocol_id") String protocolId,
        @JsonProperty("destination") String destination,
        @JsonProperty("additional_protocol_params") List<AdditionalParam> additionalProtocolParams) {
}
