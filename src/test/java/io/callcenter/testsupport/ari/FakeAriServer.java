package io.callcenter.testsupport.ari;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test ARI server on a random loopback port, spoken to over real HTTP and a real websocket: it checks basic
 * auth like Asterisk (401 {@code {"message":"Authentication required"}}), answers REST calls from answers the
 * test registers per method + path (with empty-state defaults for what a resync GETs), records every REST
 * request, and serves {@code /ari/events?app=...} so the test can push raw frames, cut sockets and count
 * connections. Close it after the test.
 */
public final class FakeAriServer implements AutoCloseable {

    /** One REST request as received: method, path without query, raw query (or null) and body text. */
    public record Request(String method, String path, String query, String body) {
    }

    /** A registered REST answer: status and JSON body (null for none, e.g. 204). */
    public record Answer(int status, String json) {
    }

    private record Socket(String app, ServerWebSocket ws) {
    }

    /** The entity id the default {@code GET /ari/asterisk/info} reports. */
    public static final String DEFAULT_ENTITY_ID = "02:00:00:00:00:01";

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final String expectedAuth;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> greeting = new CopyOnWriteArrayList<>();
    private final List<String> websocketUris = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final List<NetSocket> silentSockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;
    private final HttpServer server;
    /** The context (of the only event loop) that {@link #pushAll} writes on, so its tasks keep their order. */
    private final io.vertx.core.Context loop = vertx.getOrCreateContext();

    private FakeAriServer(String user, String password) {
        this.expectedAuth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = await(vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture());
    }

    /** Starts a server that accepts only this ARI user and password. */
    public static FakeAriServer start(String user, String password) {
        return new FakeAriServer(user, password);
    }

    /** Base URL to configure as the server's url, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** Answers {@code method path} (path as {@code /ari/...}, without query) with this status and JSON body. */
    public FakeAriServer answer(String method, String path, int status, String json) {
        answers.put(method.toUpperCase() + " " + path, new Answer(status, json));
        return this;
    }

    /** Frames sent to every new websocket as soon as it is open (before the client can resync). */
    public FakeAriServer greet(String... frames) {
        greeting.addAll(List.of(frames));
        return this;
    }

    /** Every REST request received so far (websocket upgrades excluded), in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** REST requests with this method and path. */
    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** Request URIs (path and query) of the accepted events websocket upgrades. */
    public List<String> websocketUris() {
        return List.copyOf(websocketUris);
    }

    /** Sends one raw text frame to every open events websocket. */
    public void push(String frame) {
        sockets.forEach(s -> s.ws().writeTextMessage(frame));
    }

    /**
     * Sends raw text frames, in order, to every open events websocket, written from the server's event loop in one
     * task (a load generator's way: no thread hop per frame; each frame is still its own websocket message).
     */
    public void pushAll(List<String> frames) {
        loop.runOnContext(v -> frames.forEach(this::push));
    }

    /** Sends one raw text frame to the open events websockets of one app. */
    public void push(String app, String frame) {
        sockets.stream().filter(s -> s.app().equals(app)).forEach(s -> s.ws().writeTextMessage(frame));
    }

    /** Closes every open events websocket (a cut mid-stream, as when Asterisk restarts). */
    public void cutWebsockets() {
        sockets.forEach(s -> s.ws().close());
    }

    /**
     * From now on, accept new events websockets but then never send nor answer anything, not even a pong: a peer
     * that died without closing TCP (power loss, cable, NAT timeout).
     */
    public FakeAriServer silence(boolean on) {
        silent = on;
        return this;
    }

    /** Closes the TCP connections of the silent websockets (see {@link #silence}) without a close frame. */
    public void killSilentWebsockets() {
        silentSockets.forEach(NetSocket::close);
        silentSockets.clear();
    }

    /** Events websockets accepted so far (a reconnect makes it grow). */
    public int connectionCount() {
        return connections.get();
    }

    /** Events websockets open right now. */
    public int openSockets() {
        return sockets.size();
    }

    /** Requests refused with 401 (REST and websocket). */
    public int rejectedCount() {
        return rejected.get();
    }

    /** The server's only event-loop thread, which writes the pushed frames: lets a benchmark tell its CPU apart. */
    public Thread eventLoopThread() {
        java.util.concurrent.CompletableFuture<Thread> loop = new java.util.concurrent.CompletableFuture<>();
        vertx.runOnContext(v -> loop.complete(Thread.currentThread()));
        return await(loop);
    }

    @Override
    public void close() {
        await(vertx.close().toCompletionStage().toCompletableFuture());
    }

    private void handle(HttpServerRequest req) {
        if (!expectedAuth.equals(req.getHeader(HttpHeaders.AUTHORIZATION))) {
            rejected.incrementAndGet();
            req.response().setStatusCode(401).putHeader("content-type", "application/json")
                    .end("{\"message\":\"Authentication required\"}");
            return;
        }
        if (req.path().equals("/ari/events") && "websocket".equalsIgnoreCase(req.getHeader(HttpHeaders.UPGRADE))) {
            websocketUris.add(req.uri());
            String app = req.getParam("app");
            if (silent) {
                acceptSilently(req);
                return;
            }
            req.toWebSocket().onSuccess(ws -> accept(app == null ? "" : app, ws));
            return;
        }
        req.body().onSuccess(body -> {
            requests.add(new Request(req.method().name(), req.path(), req.query(), body.toString()));
            Answer answer = answers.getOrDefault(req.method().name() + " " + req.path(),
                    FakeAriDefaults.answer(req.method().name(), req.path()));
            req.response().setStatusCode(answer.status());
            if (answer.json() == null) {
                req.response().end();
            } else {
                req.response().putHeader("content-type", "application/json").end(answer.json());
            }
        });
    }

    private void accept(String app, ServerWebSocket ws) {
        Socket socket = new Socket(app, ws);
        sockets.add(socket);
        connections.incrementAndGet();
        ws.closeHandler(v -> sockets.remove(socket));
        greeting.forEach(ws::writeTextMessage);
    }

    private void acceptSilently(HttpServerRequest req) {
        String key = req.getHeader("Sec-WebSocket-Key");
        req.response().putHeader("Upgrade", "websocket").putHeader("Connection", "Upgrade")
                .putHeader("Sec-WebSocket-Accept", webSocketAccept(key));
        req.toNetSocket().onSuccess(socket -> {
            silentSockets.add(socket);
            connections.incrementAndGet();
            socket.handler(ignored -> { });
        });
    }

    private static String webSocketAccept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake ARI server did not start or stop", e);
        }
    }
}
