package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code LiveRecording}: A recording that is in progress Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LiveRecording(
        @JsonProperty("name") String name,
        @JsonProperty("format") String format,
        @JsonProperty("target_uri") String targetUri,
        @JsonProperty("state") String state,
        @JsonProperty("duration") Integer duration,
        @JsonProperty("talking_duration") Integer talkingDuration,
        @JsonProperty("silence_duration") Integer silenceDuration,
        @JsonProperty("cause") String cause) {
}
