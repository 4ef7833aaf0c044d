package io.callcenter.ari.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** ARI model {@code Mailbox}: Represents the state of a mailbox. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Mailbox(
        @JsonProperty("name") String name,
        @JsonProperty("old_messages") Integer oldMessages,
        @JsonProperty("new_messages") Integer newMessages) {
}
