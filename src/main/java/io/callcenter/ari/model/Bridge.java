package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** ARI model {@code Bridge}: The merging of media from one or more channels.  Everyone on the bridge receives the same audio. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bridge(
        @JsonProperty("id") String id,
        @JsonProperty("technology") String technology,
        @JsonProperty("bridge_type") String bridgeType,
        @JsonProperty("bridge_class") String bridgeClass,
        @JsonProperty("creator") String creator,
        @JsonProperty("name") String name,
        @JsonProperty("channels") List<String> channels,
        @JsonProperty("video_mode") String videoMode,
        @JsonProperty("video_source_id") String videoSourceId,
        @JsonProperty("creationtime") String creationtime,
        @JsonProperty("bridgevars") JsonNode bridgevars) {
}
