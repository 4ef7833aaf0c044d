package io.callcenter.ari.client;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny real HTTP server on a random loopback port standing in for Asterisk's ARI REST side: it records
 * every request, answers with canned responses per "METHOD path", and counts TCP connections.
 */
final class TinyAriHttpServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String method, String path, String query, Map<String, List<String>> params,
                String authorization, String contentType, String contentLength, String transferEncoding, String body) {
    }

    /** A canned answer. */
    record Answer(int status, String contentType, String body, long delayMs) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, 0);
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger maxOpenConnections = new AtomicInteger();
    private final AtomicInteger totalConnections = new AtomicInteger();
    private volatile Answer fallback = Answer.json(204, null);

    TinyAriHttpServer() throws Exception {
        server = vertx.createHttpServer()
                .connectionHandler(conn -> {
                    totalConnections.incrementAndGet();
                    maxOpenConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
                    conn.closeHandler(v -> openConnections.decrementAndGet());
                })
                .requestHandler(this::handle);
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** Answer {@code method path} (path without query, e.g. {@code GET /ari/channels}) with this. */
    TinyAriHttpServer on(String methodAndPath, Answer answer) {
        answers.put(methodAndPath, answer);
        return this;
    }

    /** Answer everything not configured with this. */
    TinyAriHttpServer otherwise(Answer answer) {
        fallback = answer;
        return this;
    }

    List<Seen> seen() {
        return seen;
    }

    Seen last() {
        return seen.get(seen.size() - 1);
    }

    int maxOpenConnections() {
        return maxOpenConnections.get();
    }

    int totalConnections() {
        return totalConnections.get();
    }

    private void handle(HttpServerRequest req) {
        req.body().onSuccess(buf -> {
            Map<String, List<String>> params = new ConcurrentHashMap<>();
            req.params().names().forEach(n -> params.put(n, req.params().getAll(n)));
            String body = buf.length() == 0 ? null : buf.toString();
            seen.add(new Seen(req.method().name(), req.path(), req.query(), params,
                    req.getHeader("Authorization"), req.getHeader("Content-Type"), req.getHeader("Content-Length"),
                    req.getHeader("Transfer-Encoding"), body));
            Answer a = answers.getOrDefault(req.method().name() + " " + req.path(), fallback);
            Runnable reply = () -> {
                req.response().setStatusCode(a.status());
                if (a.body() == null) {
                    req.response().end();
                } else {
                    req.response().putHeader("Content-Type", a.contentType()).end(a.body());
                }
            };
            if (a.delayMs() > 0) {
                vertx.setTimer(a.delayMs(), id -> reply.run());
            } else {
                reply.run();
            }
        });
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
