package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code BuildInfo}: Info about how Asterisk was built Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BuildInfo(
        @JsonProperty("os") String os,
        @JsonProperty("kernel") String kernel,
        @JsonProperty("options") String options,
        @JsonProperty("machine") String machine,
        @JsonProperty("date") String date,
        @JsonProperty("user") String user) {
}
