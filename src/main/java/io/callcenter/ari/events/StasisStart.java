package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import io.callcenter.ari.model.Channel;

/** ARI model {@code StasisStart}: Notification that a channel has entered a Stasis application. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StasisStart(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("args") List<String> args,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("replace_channel") Channel replaceChannel) implements AriEvent, ChannelEvent {
}
