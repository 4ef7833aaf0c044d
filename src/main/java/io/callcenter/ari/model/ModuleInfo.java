package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code Module}: Details of an Asterisk module Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModuleInfo(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("use_count") Integer useCount,
        @JsonProperty("status") String status,
        @JsonProperty("support_level") String supportLevel) {
}
