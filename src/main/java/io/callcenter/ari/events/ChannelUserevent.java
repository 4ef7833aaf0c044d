package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.Endpoint;

/** ARI model {@code ChannelUserevent}: User-generated event with additional user-defined fields in the object. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelUserevent(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("eventname") String eventname,
        @JsonProperty("channel") Channel channel,
        @JsonProperty("bridge") Bridge bridge,
        @JsonProperty("endpoint") Endpoint endpoint,
        @JsonProperty("userevent") JsonNode userevent) implements AriEvent, ChannelEvent, BridgeEvent {
}
