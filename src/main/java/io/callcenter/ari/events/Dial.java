package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code Dial}: Dialing state has changed. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Dial(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("caller") Channel caller,
        @JsonProperty("peer") Channel peer,
        @JsonProperty("forward") String forward,
        @JsonProperty("forwarded") Channel forwarded,
        @JsonProperty("dialstring") String dialstring,
        @JsonProperty("dialstatus") String dialstatus) implements AriEvent {
}
