package io.callcenter.supervise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.testsupport.TestLogin;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** One logged-in browser on {@code /api/live}: keeps every delta it received (batches unpacked). */
final class LiveFeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<JsonNode> deltas = new CopyOnWriteArrayList<>();
    private final WebSocketClient client;
    private final WebSocket ws;

    LiveFeed(Vertx vertx, URI uri, TestLogin.Session session) throws Exception {
        client = vertx.createWebSocketClient();
        WebSocketConnectOptions to = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getPath()).addHeader("Cookie", TestLogin.SESSION_COOKIE + "=" + session.cookie());
        ws = client.connect(to).onSuccess(w -> w.textMessageHandler(this::received)).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void received(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if ("deltas".equals(m.path("type").asText())) {
                m.path("changes").forEach(deltas::add);
            } else if ("delta".equals(m.path("type").asText())) {
                deltas.add(m.path("change"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The deltas of one kind received so far. */
    List<JsonNode> of(String kind) {
        List<JsonNode> out = new ArrayList<>();
        deltas.stream().filter(d -> kind.equals(d.path("kind").asText())).forEach(out::add);
        return out;
    }

    boolean has(String kind, String field, String value) {
        return of(kind).stream().anyMatch(d -> value.equals(d.path(field).asText()));
    }

    @Override
    public void close() {
        ws.close();
        client.close();
    }
}
