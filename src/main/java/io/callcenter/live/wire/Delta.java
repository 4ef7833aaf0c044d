package io.callcenter.live.wire;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.DeviceStateView;
import io.callcenter.mirror.EndpointView;
import java.time.Instant;
import java.util.List;

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
        @JsonSubTypes.Type(value = Delta.Resynced.class, name = "resynced"),
        @JsonSubTypes.Type(value = Delta.AgentUpsert.class, name = "agentUpsert"),
        @JsonSubTypes.Type(value = Delta.QueueUpsert.class, name = "queueUpsert"),
        @JsonSubTypes.Type(value = Delta.WaitingCallers.class, name = "waitingCallers"),
        @JsonSubTypes.Type(value = Delta.Broadcast.class, name = "broadcast"),
        @JsonSubTypes.Type(value = Delta.MonitorUpsert.class, name = "monitorUpsert")
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

    /**
     * An ACD agent's runtime state (agents are not per server: {@code asteriskId} is "acd").
     *
     * @param state LOGGED_OUT, READY, RESERVED, ON_CALL, WRAP_UP or PAUSED
     * @param nextState what the agent becomes after the current call (null = READY)
     */
    record AgentUpsert(String asteriskId, String username, String endpoint, String state, Instant since,
            List<String> queues, String reason, String nextState, String callId, String queue, Instant wrapUpUntil)
            implements Delta {
        @Override
        public String key() {
            return "agent/" + username;
        }
    }

    /**
     * An ACD queue's live figures ({@code asteriskId} is "acd": a queue spans servers).
     *
     * @param oldestEnqueuedAt enqueue time of the caller waiting longest, null when nobody waits
     */
    record QueueUpsert(String asteriskId, String name, int waiting, Instant oldestEnqueuedAt, int loggedIn,
            int ready, int reserved, int onCall, int wrapUp, int paused) implements Delta {
        @Override
        public String key() {
            return "queue/" + name;
        }
    }

    /**
     * The callers waiting in one ACD queue now, in queue order ({@code asteriskId} is "acd"); an empty list when
     * nobody waits.
     */
    record WaitingCallers(String asteriskId, String queue, List<WaitingCaller> callers) implements Delta {
        @Override
        public String key() {
            return "waiting/" + queue;
        }
    }

    /**
     * One waiting caller.
     *
     * @param callId asterisk id + ":" + caller channel id (as {@code agentUpsert.callId})
     * @param position 1-based place in the queue
     */
    record WaitingCaller(String callId, String channelId, String callerNumber, String callerName, String did,
            int priority, int position, Instant enqueuedAt) {
    }

    /** A supervisor's short message to the agents of some queues ({@code asteriskId} is "acd"). */
    record Broadcast(String asteriskId, String id, String from, String text, Instant at, List<String> queues)
            implements Delta {
        @Override
        public String key() {
            return "broadcast/" + id;
        }
    }

    /**
     * A supervisor's listen / whisper / barge session on an agent's call ({@code asteriskId} is "acd").
     *
     * @param mode listen, whisper or barge
     * @param state ringing (the supervisor's phone rings), active, or ended
     * @param reason why it ended (null while it runs)
     */
    record MonitorUpsert(String asteriskId, String id, String supervisor, String agent, String callId, String mode,
            String state, String endpoint, Instant since, String reason) implements Delta {
        @Override
        public String key() {
            return "monitor/" + id;
        }
    }
}
