package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.model.AsteriskInfo;
import java.time.Instant;

/** Reads a server's whole state with GET after a (re)connect: ARI replays no events, so this is the only truth. */
final class Resync {

    private Resync() {
    }

    /** Blocking REST calls: run it on the dispatch thread, never on an event loop. */
    static ResyncSnapshot read(AriServer server, AriApi client) {
        AsteriskInfo info = client.asterisk().getInfo("system");
        String asteriskId = info == null || info.system() == null ? null : info.system().entityId();
        return new ResyncSnapshot(server.name(), asteriskId, Instant.now(),
                client.channels().list(),
                client.bridges().list(),
                client.endpoints().list(),
                client.deviceStates().list(),
                client.applications().get(server.app()));
    }
}
