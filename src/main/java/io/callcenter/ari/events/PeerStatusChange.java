package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Endpoint;
import io.callcenter.ari.model.Peer;

/** ARI model {@code PeerStatusChange}: The state of a peer associated with an endpoint has changed. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeerStatusChange(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("endpoint") Endpoint endpoint,
        @JsonProperty("peer") Peer peer) implements AriEvent {
}
