package io.callcenter.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A plain JDK HTTP + websocket client for ARI, so tests talk to the demo PBX over the network like any ARI app. */
final class AriTestClient {

    private final URI base;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    AriTestClient(URI base, String user, String password) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One HTTP exchange; {@code path} is as sent to Asterisk ({@code /ari/...?query}). */
    Response call(String method, String path, String jsonBody, boolean wrongPassword) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).method(method, body)
                .header("Authorization", wrongPassword ? "Basic " + Base64.getEncoder().encodeToString("x:y".getBytes()) : auth);
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = r.body() == null || r.body().isEmpty() ? null : AriEventParser.mapper().readTree(r.body());
            return new Response(r.statusCode(), parsed);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response call(String method, String path) {
        return call(method, path, null, false);
    }

    /** A GET whose answer is not JSON (e.g. a recording's audio): status, headers and raw bytes. */
    HttpResponse<byte[]> bytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET()
                .header("Authorization", auth).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the events websocket for an app; frames land in the returned list in arrival order. */
    Events events(String app, boolean subscribeAll) {
        return events(app, subscribeAll, new CopyOnWriteArrayList<>());
    }

    /** As above, appending to an existing list (a reconnect continues the same app's record). */
    Events events(String app, boolean subscribeAll, List<JsonNode> into) {
        Events events = new Events(into);
        URI uri = URI.create("ws://" + base.getAuthority() + "/ari/events?app=" + app + "&subscribeAll=" + subscribeAll);
        events.socket = http.newWebSocketBuilder().header("Authorization", auth).buildAsync(uri, events).join();
        return events;
    }

    record Response(int status, JsonNode body) {
    }

    /** Received event frames of one websocket. */
    static final class Events implements WebSocket.Listener {
        final List<JsonNode> frames;
        volatile boolean closed;
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Events(List<JsonNode> frames) {
            this.frames = frames;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(AriEventParser.mapper().readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("bad frame " + partial, e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed = true;
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }
}
