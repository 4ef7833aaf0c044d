package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ApplicationMoveFailed}: Notification that trying to move a channel to another Stasis application failed. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationMoveFailed(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("destination") String destination,
        @JsonProperty("args") List<String> args) implements AriEvent, ChannelEvent {
}
