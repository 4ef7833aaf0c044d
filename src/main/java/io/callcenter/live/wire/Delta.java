package io.callcenter.live.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.DeviceStateView;
import io.callcenter.mirror.EndpointView;
import java.time.Instant;

/**
 * One change pushed to browsers, discriminated by {@code kind}. Upserts carry the whole object, so applying the
 * latest delta of an object always gives its current state (that is what makes coalescing safe).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Delta.ChannelUpsert.class, name = "channelUpsert"),
        @JsonSubTypes.Type(value = Delta.ChannelRemove.class, name = "channelRemove"),
        @JsonSubTypes.Type(value = Delta.BridgeUpsert.class, name = "bridgeUpsert"),
        @JsonSubTypes.Type(value = Delta.BridgeRemove.class, name = "bridgeRemove"),
        @JsonSubTypes.Type(value = Delta.EndpointUpsert.class, name = "endpointUpsert"),
        @JsonSubTypes.Type(value = Delta.DeviceStateUpsert.class, name = "deviceStateUpsert"),
        @JsonSubTypes.Type(value = Delta.Resynced.class, name = "resynced")
})
public sealed interface Delta {

    /** Entity id of the Asterisk server the change belongs to. */
    String asteriskId();

    /** The object this delta is about; a newer delta with the same key replaces a pending older one. */
    @JsonIgnore
    String key();

    /** Removals are never replaced by a later upsert of the same object while pending. */
    @JsonIgnore
    default boolean removal() {
        return false;
    }

    record ChannelUpsert(String asteriskId, ChannelView channel) implements Delta {
        @Override
        public String key() {
            return "channel/" + asteriskId + "/" + channel.id();
        }
    }

    /** @param reason DESTROYED or VANISHED; cause/causeTxt from ChannelDestroyed, null when it vanished */
    record ChannelRemove(String asteriskId, String channelId, String reason, Integer cause, String causeTxt)
            implements Delta {
        @Override
        public String key() {
            return "channel/" + asteriskId + "/" + channelId;
        }

        @Override
        public boolean removal() {
            return true;
        }
    }

    record BridgeUpsert(String asteriskId, BridgeView bridge) implements Delta {
        @Override
        public String key() {
            return "bridge/" + asteriskId + "/" + bridge.id();
        }
    }

    /** @param reason DESTROYED, MERGED or VANISHED */
    record BridgeRemove(String asteriskId, String bridgeId, String reason) implements Delta {
        @Override
        public String key() {
            return "bridge/" + asteriskId + "/" + bridgeId;
        }

        @Override
        public boolean removal() {
            return true;
        }
    }

    record EndpointUpsert(String asteriskId, EndpointView endpoint) implements Delta {
        @Override
        public String key() {
            return "endpoint/" + asteriskId + "/" + endpoint.key();
        }
    }

    record DeviceStateUpsert(String asteriskId, DeviceStateView deviceState) implements Delta {
        @Override
        public String key() {
            return "deviceState/" + asteriskId + "/" + deviceState.name();
        }
    }

    /** The server's state was re-read after a reconnect; the removals of what ended meanwhile came before. */
    record Resynced(String asteriskId, String server, Instant takenAt) implements Delta {
        @Override
        public String key() {
            return "resynced/" + asteriskId;
        }
    }
}
