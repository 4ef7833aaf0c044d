package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** ARI model {@code Application}: Details of a Stasis application Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Application(
        @JsonProperty("name") String name,
        @JsonProperty("channel_ids") List<String> channelIds,
        @JsonProperty("bridge_ids") List<String> bridgeIds,
        @JsonProperty("endpoint_ids") List<String> endpointIds,
        @JsonProperty("device_names") List<String> deviceNames,
        @JsonProperty("events_allowed") List<JsonNode> eventsAllowed,
        @JsonProperty("events_disallowed") List<JsonNode> eventsDisallowed) {
}
