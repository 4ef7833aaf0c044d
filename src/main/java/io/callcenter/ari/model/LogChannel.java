package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code LogChannel}: Details of an Asterisk log channel Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LogChannel(
        @JsonProperty("channel") String channel,
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("configuration") String configuration) {
}
