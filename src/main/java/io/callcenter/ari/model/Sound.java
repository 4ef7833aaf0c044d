package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** ARI model {@code Sound}: A media file that may be played back. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sound(
        @JsonProperty("id") String id,
        @JsonProperty("text") String text,
        @JsonProperty("formats") List<FormatLangPair> formats) {
}
