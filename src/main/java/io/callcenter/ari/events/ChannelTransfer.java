package io.callcenter.ari.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.callcenter.ari.model.ReferTo;
import io.callcenter.ari.model.ReferredBy;

/** ARI model {@code ChannelTransfer}: transfer on a channel. Generated from the ARI spec; unknown JSON fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelTransfer(
        @JsonProperty("type") String type,
        @JsonProperty("asterisk_id") String asteriskId,
        @JsonProperty("application") String application,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("state") String state,
        @JsonProperty("refer_to") ReferTo referTo,
        @JsonProperty("referred_by") ReferredBy referredBy) implements AriEvent {
}
