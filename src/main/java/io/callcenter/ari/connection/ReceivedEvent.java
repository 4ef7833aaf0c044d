package io.callcenter.ari.connection;

import io.callcenter.ari.events.AriMessage;
import java.time.Instant;

/**
 * One websocket frame as received from an Asterisk server.
 *
 * @param server     name of the configured server (key of {@code callcenter.ari.servers})
 * @param asteriskId entity id of that Asterisk (from the event, else from {@code GET /asterisk/info})
 * @param sequence   per-connection arrival number, strictly increasing across reconnects
 * @param receivedAt when our reader took it off the socket
 * @param rawJson    the frame exactly as sent (persisted untouched)
 * @param message    the parsed form; an {@code UnknownEvent} for types this build does not know
 */
public record ReceivedEvent(String server, String asteriskId, long sequence, Instant receivedAt, String rawJson,
        AriMessage message) {
}
