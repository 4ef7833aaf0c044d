package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code AsteriskPing}: Asterisk ping information Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsteriskPing(
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("ping") String ping,
        @JsonProperty("timestamp") String timestamp) {
}
