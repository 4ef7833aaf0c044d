package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code RESTHeader}: REST over Websocket header Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RESTHeader(
        @JsonProperty("name") String name,
        @JsonProperty("value") String value) {
}
