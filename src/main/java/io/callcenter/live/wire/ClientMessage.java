package io.callcenter.live.wire;

/** A message from a browser to the server, as JSON {@code {"type": ...}}. */
public sealed interface ClientMessage {

    /** {@code {"type":"resync"}}: the client saw a seq gap; it gets a fresh snapshot and seq restarts. */
    record Resync() implements ClientMessage {
    }

    /** {@code {"type":"ping","id":"optional"}}: answered by a pong echoing the id; also keeps the socket alive. */
    record Ping(String id) implements ClientMessage {
    }
}
