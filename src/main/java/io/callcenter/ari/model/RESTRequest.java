package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** ARI model {@code RESTRequest}: REST over Websocket Request. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RESTRequest(
        @JsonProperty("type") String type,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("method") String method,
        @JsonProperty("uri") String uri,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("query_strings") List<RESTQueryStringParameter> queryStrings,
        @JsonProperty("message_body") String messageBody) {
}
