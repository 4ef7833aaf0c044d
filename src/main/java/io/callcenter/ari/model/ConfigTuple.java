package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code ConfigTuple}: A key/value pair that makes up part of a configuration object. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigTuple(
        @JsonProperty("attribute") String attribute,
        @JsonProperty("value") String value) {
}
