package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code RESTResponse}: REST over Websocket Response. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RESTResponse(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("status_code") Integer statusCode,
        @JsonProperty("reason_phrase") String reasonPhrase,
        @JsonProperty("uri") String uri,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("message_body") String messageBody) implements AriEvent {
}
