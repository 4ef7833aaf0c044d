package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code StoredRecording}: A past recording that may be played back. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredRecording(
        @JsonProperty("name") String name,
        @JsonProperty("format") String format) {
}
