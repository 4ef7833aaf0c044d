package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** ARI model {@code TextMessage}: A text message. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TextMessage(
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("body") String body,
        @JsonProperty("variables") JsonNode variables) {
}
