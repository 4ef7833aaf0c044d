package io.callcenter.ari.events;

/** Anything Asterisk sends on the events websocket: its {@code type} and the sending server's id. */
public interface AriMessage {

    /** The ARI message type, e.g. {@code StasisStart}. */
    String type();

    /** Entity id of the Asterisk that raised it; absent on some versions. */
    String asteriskId();
}
