package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.Channel;

/** ARI model {@code ChannelDialplan}: Channel changed location in the dialplan. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelDialplan(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("dialplan_app") String dialplanApp,
        @JsonProperty("dialplan_app_data") String dialplanAppData) implements AriEvent, ChannelEvent {
}
