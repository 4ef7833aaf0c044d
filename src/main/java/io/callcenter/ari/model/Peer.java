package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code Peer}: Detailed information about a remote peer that communicates with Asterisk. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Peer(
        @JsonProperty("peer_status") String peerStatus,
        @JsonProperty("cause") String cause,
        @JsonProperty("address") String address,
        @JsonProperty("port") String port,
        @JsonProperty("time") String time) {
}
