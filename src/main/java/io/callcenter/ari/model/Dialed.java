package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code Dialed}: Dialed channel information. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dialed(
) {
}
