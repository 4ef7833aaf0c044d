package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code FormatLangPair}: Identifies the format and language of a sound file Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormatLangPair(
        @JsonProperty("language") String language,
        @JsonProperty("format") String format) {
}
