package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code ContactInfo}: Detailed information about a contact on an endpoint. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactInfo(
        @JsonProperty("uri") String uri,
        @JsonProperty("contact_status") String contactStatus,
        @JsonProperty("aor") String aor,
        @JsonProperty("roundtrip_usec") String roundtripUsec) {
}
