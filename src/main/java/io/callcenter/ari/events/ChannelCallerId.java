package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelCallerId}: Channel changed Caller ID. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelCallerId(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("caller_presentation") Integer callerPresentation,
        @JsonProperty("caller_presentation_txt") String callerPresentationTxt,
        @JsonProperty("channel") Channel channel) implements AriEvent, ChannelEvent {
}
