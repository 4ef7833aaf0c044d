package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriClientFactory;
import io.callcenter.ari.client.AriRestClient;
import io.callcenter.ari.config.AriConfig;
import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.ari.events.AriEventParser.MalformedEventException;
import io.callcenter.ari.events.AriMessage;
import io.callcenter.ari.events.ApplicationReplaced;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.BasicWebSocketConnector.ExecutionModel;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * One Asterisk server's events websocket: connects with basic auth, stamps and parses frames on the reader and
 * hands them to the server's {@link Dispatcher}, pings, reconnects with backoff and resyncs after every connect.
 * Socket callbacks carry the generation of the attempt that made them, so a late callback of an old socket is
 * ignored.
 */
final class AriConnection {

    private static final Logger LOG = Logger.getLogger(AriConnection.class);
    private static final int EXCERPT = 120;

    private final AriServer server;
    private final AriRestClient client;
    private final AriConfig config;
    private final Vertx vertx;
    private final Dispatcher dispatcher;
    private final ConnectionMetrics metrics;
    private final Subscriptions subscriptions;
    private final Backoff backoff;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile String asteriskId;
    private volatile String problem;
    private volatile long lastHeardNanos;
    private volatile long generation;
    private final PeerWatch watch;
    private WebSocketClientConnection socket;
    private long reconnectTimer = -1;
    private boolean closed;

    AriConnection(AriServer server, AriRestClient client, AriConfig config, Vertx vertx, Dispatcher dispatcher,
            ConnectionMetrics metrics) {
        this.server = server;
        this.client = client;
        this.config = config;
        this.vertx = vertx;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
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
        int maxSize = config.maxEventSize();
        int connectTimeout = (int) config.connectTimeout().toMillis();
        URI events = server.eventsUri();
        BasicWebSocketConnector.create()
                // Root + query as base and the path apart: the connector appends a '/' to a base path otherwise.
                .baseUri(URI.create(events.getScheme() + "://" + events.getRawAuthority() + "/?" + events.getRawQuery()))
                .path(events.getRawPath())
                .addHeader("Authorization", "Basic " + AriClientFactory.basicToken(server.username(), server.password()))
                .executionModel(ExecutionModel.NON_BLOCKING)
                .customizeOptions((connect, options) -> options.setConnectTimeout(connectTimeout)
                        .setMaxFrameSize(maxSize).setMaxMessageSize(maxSize))
                .onOpen(ws -> opened(gen, ws))
                .onTextMessage((ws, text) -> frame(gen, text))
                .onPong((ws, data) -> lastHeardNanos = System.nanoTime())
                .onClose((ws, reason) -> dropped(gen, "closed by Asterisk (" + reason.getCode() + " " + reason.getMessage() + ")"))
                .onError((ws, failure) -> dropped(gen, "websocket error: " + failure))
                .connect()
                .subscribe().with(ws -> { }, failure -> dropped(gen, "connect failed: " + failure));
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
        // Queued behind nothing of this socket: every frame read from now on is delivered after the snapshot.
        dispatcher.execute(() -> resync(gen));
    }

    /** On the reader (event loop): stamp, parse, count, queue. Never waits for a listener. */
    private void frame(long gen, String text) {
        if (gen != generation) {
            return;
        }
        lastHeardNanos = System.nanoTime();
        Instant at = Instant.now();
        AriMessage message;
        try {
            message = AriEventParser.parse(text);
        } catch (MalformedEventException e) {
            metrics.malformed();
            LOG.warnf("ARI %s: skipped a malformed frame (%s): %s", server.name(), e.getMessage(), excerpt(text));
            return;
        }
        long seq = sequence.incrementAndGet();
        received.incrementAndGet();
        metrics.received(message.type());
        if (message instanceof ApplicationReplaced) {
            replaced();
        }
        dispatcher.execute(() -> dispatcher.event(new ReceivedEvent(server.name(),
                message.asteriskId() != null ? message.asteriskId() : asteriskId, seq, at, text, message)));
    }

    /** On the dispatch thread: GET everything, deliver the snapshot, re-subscribe, then CONNECTED. */
    private void resync(long gen) {
        if (gen != generation) {
            return;
        }
        try {
            ResyncSnapshot snapshot = Resync.read(server, client);
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
            // After CONNECTED, so a subscribe() racing with us is either seen here or POSTs itself.
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

    /** Closes for good: no reconnect; listeners get CLOSED after everything queued before. */
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
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debugf(e, "ARI %s: closing the REST client failed", server.name());
            }
        }
    }

    void subscribe(String eventSource) {
        subscriptions.add(eventSource, state == ConnectionState.CONNECTED);
    }

    void unsubscribe(String eventSource) {
        subscriptions.remove(eventSource, state == ConnectionState.CONNECTED);
    }

    AriServer server() {
        return server;
    }

    AriRestClient client() {
        return client;
    }

    /** Why the connection is not CONNECTED (last drop reason, replaced, ...), or null. */
    String problem() {
        return problem;
    }

    AriConnections.ServerStatus status() {
        return new AriConnections.ServerStatus(server.name(), asteriskId, server.app(), state, received.get());
    }

    private void changeState(ConnectionState next) {
        if (state != next) {
            state = next;
            dispatcher.state(next);
        }
    }

    private void closeSocket() {
        if (socket != null) {
            socket.close().subscribe().with(v -> { }, f -> { });
            socket = null;
        }
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "...";
    }
}
