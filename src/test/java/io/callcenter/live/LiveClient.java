package io.callcenter.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.live.wire.ServerMessage;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.arc.Arc;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A test browser on {@code /api/live} over a real Vert.x websocket: keeps every message it reads, decoded. */
final class LiveClient implements AutoCloseable {

    final List<ServerMessage> messages = new CopyOnWriteArrayList<>();
    final List<String> raw = new CopyOnWriteArrayList<>();
    private final WebSocketClient client;
    private final ObjectMapper mapper;
    private volatile WebSocket ws;
    volatile Short closeCode;
    volatile String closeReason;

    private LiveClient(Vertx vertx, ObjectMapper mapper, int receiveBuffer) {
        WebSocketClientOptions options = new WebSocketClientOptions().setMaxFrameSize(16 * 1024 * 1024)
                .setMaxMessageSize(64 * 1024 * 1024);
        if (receiveBuffer > 0) {
            options.setReceiveBufferSize(receiveBuffer);
        }
        this.client = vertx.createWebSocketClient(options);
        this.mapper = mapper;
    }

    static LiveClient connect(Vertx vertx, ObjectMapper mapper, URI uri) {
        return connect(vertx, mapper, uri, false);
    }

    /** A paused client reads nothing (not even the snapshot) until {@link #resume()}; its TCP window fills up. */
    static LiveClient connect(Vertx vertx, ObjectMapper mapper, URI uri, boolean paused) {
        return connect(vertx, mapper, uri, paused, supervisorSession());
    }

    /** A client of a given login session (its cookie token). */
    static LiveClient connect(Vertx vertx, ObjectMapper mapper, URI uri, boolean paused, String sessionCookie) {
        LiveClient c = new LiveClient(vertx, mapper, paused ? 4096 : 0);
        CompletableFuture<WebSocket> open = new CompletableFuture<>();
        WebSocketConnectOptions to = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getPath()).addHeader("Cookie", TestLogin.SESSION_COOKIE + "=" + sessionCookie);
        c.client.connect(to).onSuccess(ws -> {
            // handlers are set on the event loop before any frame is read
            ws.textMessageHandler(c::received);
            ws.closeHandler(v -> {
                c.closeCode = ws.closeStatusCode();
                c.closeReason = ws.closeReason();
            });
            if (paused) {
                ws.pause();
            }
            c.ws = ws;
            open.complete(ws);
        }).onFailure(open::completeExceptionally);
        try {
            open.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + uri, e);
        }
        return c;
    }

    /** The live feed is for supervisors and admins: every client logs in as a fresh supervisor. */
    static String supervisorSession() {
        TestUsers users = Arc.container().instance(TestUsers.class).get();
        return TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD).cookie();
    }

    private void received(String text) {
        raw.add(text);
        try {
            messages.add(mapper.readValue(text, ServerMessage.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(String text) {
        ws.writeTextMessage(text);
    }

    void resume() {
        ws.resume();
    }

    boolean closed() {
        return ws.isClosed();
    }

    <T extends ServerMessage> List<T> of(Class<T> type) {
        return messages.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        if (!ws.isClosed()) {
            ws.close();
        }
        client.close();
    }
}
