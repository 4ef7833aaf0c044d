package io.callcenter.ari.connection;

/** Where one server's events websocket stands. */
public enum ConnectionState {
    /** Opening the websocket (first time or after a drop). */
    CONNECTING,
    /** Open, resynced, events flowing. */
    CONNECTED,
    /** Dropped; a reconnect is scheduled with backoff. */
    DISCONNECTED,
    /**
     * Another client took our Stasis app over (ApplicationReplaced). We do not take it back on our own: two
     * instances doing so would steal it from each other forever; close and open the server to take it back.
     */
    REPLACED,
    /** Closed on purpose (shutdown or removed from config). */
    CLOSED
}
