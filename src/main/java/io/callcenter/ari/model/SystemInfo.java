package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code SystemInfo}: Info about Asterisk Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SystemInfo(
        @JsonProperty("version") String version,
        @JsonProperty("entity_id") String entityId) {
}
