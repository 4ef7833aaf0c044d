package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code ApplicationUnregistered}: Notification that a Stasis app has been unregistered. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationUnregistered(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp) implements AriEvent {
}
