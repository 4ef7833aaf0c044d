package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code AsteriskInfo}: Asterisk system information Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsteriskInfo(
        @JsonProperty("build") BuildInfo build,
        @JsonProperty("system") SystemInfo system,
        @JsonProperty("config") ConfigInfo config,
        @JsonProperty("status") StatusInfo status) {
}
