package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.config.AriServer;
import java.util.Collection;
import java.util.Optional;

/** The live ARI connections, one per Asterisk server: open, look up, close. */
public interface AriConnections {

    /** Opens (and keeps reconnecting) the events websocket of a server; a server name can be open once. */
    void open(AriServer server);

    /** Closes a server's connection for good. */
    void close(String serverName);

    /** The REST client of an open server, for commands. */
    Optional<AriApi> client(String serverName);

    /** The servers currently open, with their state. */
    Collection<ServerStatus> status();

    /** One server's connection state, for health and the UI (no credentials). */
    record ServerStatus(String server, String asteriskId, String app, ConnectionState state, long eventsReceived) {
    }
}
