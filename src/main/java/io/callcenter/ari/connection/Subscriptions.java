package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriException;
import io.callcenter.ari.client.AriApi;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The event sources one app subscribed to ({@code channel:ID}, {@code deviceState:NAME}, ...). Asterisk forgets
 * them when the websocket drops, so they are remembered here and POSTed again after every reconnect.
 */
final class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);

    private final String server;
    private final String app;
    private final AriApi client;
    private final Set<String> sources = ConcurrentHashMap.newKeySet();

    Subscriptions(String server, String app, AriApi client) {
        this.server = server;
        this.app = app;
        this.client = client;
    }

    /** Remembers a source and, when connected, POSTs it now; a source ARI rejects is not remembered. */
    void add(String source, boolean connected) {
        sources.add(source);
        if (connected) {
            try {
                client.applications().subscribe(app, source);
            } catch (AriException e) {
                sources.remove(source);
                throw e;
            }
        }
    }

    /** Forgets a source and, when connected, DELETEs it now. */
    void remove(String source, boolean connected) {
        sources.remove(source);
        if (connected) {
            client.applications().unsubscribe(app, source);
        }
    }

    /** POSTs every remembered source again; a source that no longer exists (4xx) is dropped with a warning. */
    void replay() {
        for (String source : Set.copyOf(sources)) {
            try {
                client.applications().subscribe(app, source);
            } catch (AriException e) {
                if (e.status() >= 500) {
                    throw e;
                }
                sources.remove(source);
                LOG.warnf("ARI %s: could not re-subscribe %s to %s after reconnect (%s); dropped it",
                        server, app, source, e.getMessage());
            }
        }
    }
}
