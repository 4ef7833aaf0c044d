package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code StatusInfo}: Info about Asterisk status Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusInfo(
        @JsonProperty("startup_time") String startupTime,
        @JsonProperty("last_reload_time") String lastReloadTime) {
}
