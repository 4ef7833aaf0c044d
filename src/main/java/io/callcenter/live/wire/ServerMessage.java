package io.callcenter.live.wire;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;

/** A message from the server to a browser, discriminated by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ServerMessage.Snapshot.class, name = "snapshot"),
        @JsonSubTypes.Type(value = ServerMessage.DeltaMessage.class, name = "delta"),
        @JsonSubTypes.Type(value = ServerMessage.DeltaBatch.class, name = "deltas"),
        @JsonSubTypes.Type(value = ServerMessage.Heartbeat.class, name = "heartbeat"),
        @JsonSubTypes.Type(value = ServerMessage.Pong.class, name = "pong"),
        @JsonSubTypes.Type(value = ServerMessage.ErrorMessage.class, name = "error")
})
public sealed interface ServerMessage {

    /**
     * Everything the user may see; {@code seq} is always 0 and the next delta has seq 1.
     *
     * @param heartbeatMs   how often the server sends a heartbeat
     * @param idleTimeoutMs the connection is closed after this long without a client message
     */
    record Snapshot(long seq, Instant at, long heartbeatMs, long idleTimeoutMs, List<ServerSnapshot> servers)
            implements ServerMessage {
    }

    /** One change; {@code seq} is exactly one more than the previous delta's (or 1 after a snapshot). */
    record DeltaMessage(long seq, Delta change) implements ServerMessage {
    }

    /**
     * Several changes in one frame: {@code changes[i]} has seq {@code first + i}, so {@code first} is exactly one
     * more than the previous delta's seq (or 1 after a snapshot).
     */
    record DeltaBatch(long first, List<Delta> changes) implements ServerMessage {
    }

    /** Sent every heartbeat interval; {@code seq} is the last delta sent, so a lost trailing delta shows. */
    record Heartbeat(long seq, Instant at) implements ServerMessage {
    }

    /** Answer to a client ping, echoing its id; {@code seq} as in {@link Heartbeat}. */
    record Pong(String id, long seq) implements ServerMessage {
    }

    /** The client sent something the server did not understand; the connection stays open. */
    record ErrorMessage(String reason) implements ServerMessage {
    }
}
