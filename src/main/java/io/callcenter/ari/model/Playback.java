package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code Playback}: Object representing the playback of media to a channel Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Playback(
        @JsonProperty("id") String id,
        @JsonProperty("media_uri") String mediaUri,
        @JsonProperty("next_media_uri") String nextMediaUri,
        @JsonProperty("target_uri") String targetUri,
        @JsonProperty("language") String language,
        @JsonProperty("state") String state) {
}
