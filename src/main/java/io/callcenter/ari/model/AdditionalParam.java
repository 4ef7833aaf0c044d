package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code AdditionalParam}: Protocol specific additional parameter Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdditionalParam(
        @JsonProperty("parameter_name") String parameterName,
        @JsonProperty("parameter_value") String parameterValue) {
}
