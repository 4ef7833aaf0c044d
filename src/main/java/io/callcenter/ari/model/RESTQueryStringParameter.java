package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code RESTQueryStringParameter}: REST over Websocket Query String Parameter Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RESTQueryStringParameter(
        @JsonProperty("name") String name,
        @JsonProperty("value") String value) {
}
