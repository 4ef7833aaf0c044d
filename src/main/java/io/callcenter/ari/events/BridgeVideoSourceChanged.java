package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Bridge;

/** ARI model {@code BridgeVideoSourceChanged}: Notification that the source of video in a bridge has changed. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BridgeVideoSourceChanged(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("bridge") Bridge bridge,
        @JsonProperty("old_video_source_id") String oldVideoSourceId) implements AriEvent, BridgeEvent {
}
