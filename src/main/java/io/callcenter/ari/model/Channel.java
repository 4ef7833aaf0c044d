package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** ARI model {@code Channel}: A specific communication connection between Asterisk and an Endpoint. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Channel(
        @JsonProperty("id") String id,
        @JsonProperty("protocol_id") String protocolId,
        @JsonProperty("name") String name,
        @JsonProperty("state") String state,
        @JsonProperty("caller") CallerID caller,
        @JsonProperty("connected") CallerID connected,
        @JsonProperty("accountcode") String accountcode,
        @JsonProperty("dialplan") DialplanCEP dialplan,
        @JsonProperty("creationtime") String creationtime,
        @JsonProperty("language") String language,
        @JsonProperty("channelvars") JsonNode channelvars,
        @JsonProperty("caller_rdnis") String callerRdnis,
        @JsonProperty("tenantid") String tenantid) {
}
