package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code ConfigInfo}: Info about Asterisk configuration Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigInfo(
        @JsonProperty("name") String name,
        @JsonProperty("default_language") String defaultLanguage,
        @JsonProperty("max_channels") Integer maxChannels,
        @JsonProperty("max_open_files") Integer maxOpenFiles,
        @JsonProperty("max_load") Double maxLoad,
        @JsonProperty("setid") SetId setid) {
}
