package io.callcenter.ari.connection;

/**
 * Receives what the ARI connections deliver. Implement it as a CDI bean: every connection calls every
 * listener on its own single dispatch thread, in arrival order (resync snapshots travel in that same
 * order), so a listener never sees events of one server reordered. Listeners must be quick: slow work
 * (database writes) goes onto a queue of the listener's own.
 */
public interface AriEventListener {

    /** An event arrived. Identical events may come two or three times: handle idempotently. */
    void onEvent(ReceivedEvent event);

    /** The connection (re)connected and read the server's full state; replaces whatever was known before. */
    default void onResync(ResyncSnapshot snapshot) {
    }

    /** The connection changed state (for health and the UI). */
    default void onConnectionState(String server, ConnectionState state) {
    }
}
