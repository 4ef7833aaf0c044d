package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.config.AriConfig;
import io.callcenter.ari.config.AriServer;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.jboss.logging.Logger;

/**
 * One Asterisk server's events connection: opens the websocket, resyncs after every connect, pings, and on a
 * drop reconnects with backoff, forever. Each attempt has a generation number; callbacks of an older attempt's
 * socket are ignored, so a late close can never disturb the current socket.
 */
final class AriConnection {

    private static final Logger LOG = Logger.getLogger(AriConnection.class);

    private final AriServer server;
    private final AriApi client;
    private final AriConfig config;
    private final Vertx vertx;
    private final Dispatcher dispatcher;
    private final ConnectionMetrics metrics;
    private final FrameReader reader;
    private final Subscriptions subscriptions;
    private final Backoff backoff;
    private final PeerWatch watch;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile String asteriskId;
    private volatile String problem;
    private volatile long lastHeardNanos;
    private volatile long generation;
    private WebSocketClientConnection socket;
    private long reconnectTimer = -1;
    private boolean closed;

    AriConnection(AriServer server, AriApi client, AriConfig config, Vertx vertx, Dispatcher dispatcher,
            ConnectionMetrics metrics) {
        this.server = server;
        this.client = client;
        this.config = config;
        this.vertx = vertx;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.reader = new FrameReader(server.name(), dispatcher, metrics, () -> asteriskId, this::replaced);
        this.subscriptions = new Subscriptions(server.name(), server.app(), client);
        this.backoff = new Backoff(config.reconnectInitialDelay(), config.reconnectMaxDelay());
        this.watch = new PeerWatch(vertx, config.pingInterval(), config.deadPeerTimeout());
    }

    synchronized void start() {
        dispatcher.state(state);
        connect();
    }

    private synchronized void connect() {
        if (closed || state == ConnectionState.REPLACED) {
            return;
        }
        long gen = ++generation;
        changeState(ConnectionState.CONNECTING);
        EventsSocket.connect(server, config, new EventsSocket.Handler() {
            @Override
            public void opened(WebSocketClientConnection ws) {
                AriConnection.this.opened(gen, ws);
            }

            @Override
            public void text(String frame) {
                if (gen == generation) {
                    lastHeardNanos = System.nanoTime();
                    reader.read(frame);
                }
            }

            @Override
            public void heard() {
                lastHeardNanos = System.nanoTime();
            }

            @Override
            public void dropped(String reason) {
                AriConnection.this.dropped(gen, reason);
            }
        });
    }

    private synchronized void opened(long gen, WebSocketClientConnection ws) {
        if (gen != generation || closed) {
            ws.close().subscribe().with(v -> { }, f -> { });
            return;
        }
        socket = ws;
        lastHeardNanos = System.nanoTime();
        LOG.infof("ARI %s: events websocket open (app %s), resyncing", server.name(), server.app());
        watch.start(() -> ping(gen));
        // Queued before any frame of this socket: everything read from now on is delivered after the snapshot.
        dispatcher.execute(() -> resync(gen));
    }

    /** On the dispatch thread (blocking REST is fine there): GET everything, deliver it, then CONNECTED. */
    private void resync(long gen) {
        try {
            ResyncSnapshot snapshot = Resync.read(server, client);
            if (gen != generation) {
                return;
            }
            if (snapshot.asteriskId() != null) {
                asteriskId = snapshot.asteriskId();
            }
            dispatcher.resync(snapshot);
            synchronized (this) {
                if (gen != generation || state != ConnectionState.CONNECTING) {
                    return;
                }
                backoff.reset();
                problem = null;
                changeState(ConnectionState.CONNECTED);
            }
            // After CONNECTED, so a subscribe() racing with us is either replayed here or POSTs itself.
            subscriptions.replay();
        } catch (RuntimeException e) {
            // Whatever failed (REST error, timeout, bad JSON), a connection without a resync cannot be trusted.
            dropped(gen, "resync failed: " + e);
        }
    }

    private void ping(long gen) {
        WebSocketClientConnection ws;
        synchronized (this) {
            if (gen != generation || socket == null) {
                return;
            }
            ws = socket;
        }
        if (ws.isClosed()) {
            // websockets-next 3.33 never calls onClose for a close without close frame (its CloseReason rejects
            // code 1006); onError usually reports it, and whatever slips through is caught here.
            dropped(gen, "connection lost without a close frame");
            return;
        }
        if (watch.isDead(lastHeardNanos)) {
            dropped(gen, "nothing heard for " + config.deadPeerTimeout());
            return;
        }
        ws.sendPing(Buffer.buffer("ari")).subscribe().with(v -> { }, f -> dropped(gen, "ping failed: " + f));
    }

    private synchronized void dropped(long gen, String reason) {
        if (gen != generation || closed) {
            return;
        }
        generation++;
        watch.stop();
        closeSocket();
        problem = reason;
        if (state == ConnectionState.REPLACED) {
            LOG.errorf("ARI %s: websocket of replaced app %s ended (%s); not reconnecting", server.name(), server.app(), reason);
            return;
        }
        changeState(ConnectionState.DISCONNECTED);
        long delay = backoff.next();
        metrics.reconnect();
        LOG.warnf("ARI %s: events websocket down: %s; reconnecting in %d ms", server.name(), reason, delay);
        reconnectTimer = vertx.setTimer(delay, id -> connect());
    }

    private synchronized void replaced() {
        problem = "ApplicationReplaced: another client took Stasis app '" + server.app() + "' over";
        LOG.errorf("ARI %s: %s. Not taking it back automatically (two instances would steal it from each other "
                + "forever): stop the other client, then close and open this server.", server.name(), problem);
        changeState(ConnectionState.REPLACED);
    }

    /** Closes for good: no reconnect; listeners get CLOSED after everything queued before it. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            generation++;
            watch.stop();
            vertx.cancelTimer(reconnectTimer);
            closeSocket();
            changeState(ConnectionState.CLOSED);
        }
        dispatcher.shutdown();
        metrics.remove();
        client.close(); // releases this server's connection pool
    }

    void subscribe(String eventSource) {
        subscriptions.add(eventSource, state == ConnectionState.CONNECTED);
    }

    void unsubscribe(String eventSource) {
        subscriptions.remove(eventSource, state == ConnectionState.CONNECTED);
    }

    AriApi client() {
        return client;
    }

    /** Why the connection is not CONNECTED (last drop reason, replaced, ...), or null. */
    String problem() {
        return problem;
    }

    AriConnections.ServerStatus status() {
        return new AriConnections.ServerStatus(server.name(), asteriskId, server.app(), state, reader.received());
    }

    private void changeState(ConnectionState next) {
        if (state != next) {
            state = next;
            dispatcher.state(next);
        }
    }

    private void closeSocket() {
        if (socket != null && !socket.isClosed()) {
            socket.close().subscribe().with(v -> { }, f -> { });
        }
        socket = null;
    }
}
