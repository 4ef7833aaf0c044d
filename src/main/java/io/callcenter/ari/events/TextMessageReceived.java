package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Endpoint;
import io.callcenter.ari.model.TextMessage;

/** ARI model {@code TextMessageReceived}: A text message was received from an endpoint. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TextMessageReceived(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("message") TextMessage message,
        @JsonProperty("endpoint") Endpoint endpoint) implements AriEvent {
}
