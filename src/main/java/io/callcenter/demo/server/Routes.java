package io.callcenter.demo.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.demo.world.AriFault;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Registers ARI routes and turns their results (or {@link AriFault}) into Asterisk-shaped HTTP answers. */
final class Routes {

    private final Router router;
    private final Vertx vertx;
    private final long raceDelayMs;

    Routes(Router router, Vertx vertx, long raceDelayMs) {
        this.router = router;
        this.vertx = vertx;
        this.raceDelayMs = raceDelayMs;
    }

    void add(HttpMethod method, String path, Function<RoutingContext, Reply> handler) {
        router.route(method, "/ari" + path).handler(ctx -> {
            Reply reply;
            try {
                reply = handler.apply(ctx);
            } catch (AriFault f) {
                reply = fault(f);
            } catch (NumberFormatException e) {
                reply = fault(AriFault.badRequest("Invalid parameter value"));
            }
            Reply answer = reply;
            if (raceDelayMs > 0) {
                vertx.setTimer(raceDelayMs, id -> write(ctx, answer));
            } else {
                write(ctx, answer);
            }
        });
    }

    /** An operation this PBX does not provide: Asterisk without the module answers 404 "Resource not found". */
    void absent(HttpMethod method, String path) {
        add(method, path, ctx -> fault(new AriFault(404, "Resource not found")));
    }

    static Reply fault(AriFault f) {
        return new Reply(f.status(), AriEventParser.mapper().valueToTree(Map.of(f.key(), f.getMessage())));
    }

    static void write(RoutingContext ctx, Reply reply) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        ctx.response().setStatusCode(reply.status());
        if (reply.bytes() != null) {
            ctx.response().putHeader("content-type", reply.contentType()).end(io.vertx.core.buffer.Buffer.buffer(reply.bytes()));
        } else if (reply.body() == null) {
            ctx.response().end();
        } else {
            ctx.response().putHeader("content-type", "application/json").end(reply.body().toString());
        }
    }

    /** The last value of a query parameter (Asterisk keeps the last of repeated ones, finding 10), or null. */
    static String q(RoutingContext ctx, String name) {
        List<String> all = ctx.queryParam(name);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    static Integer qi(RoutingContext ctx, String name) {
        String v = q(ctx, name);
        return v == null || v.isBlank() ? null : Integer.valueOf(v);
    }

    static List<String> list(RoutingContext ctx, String name) {
        String v = q(ctx, name);
        return v == null || v.isBlank() ? List.of() : List.of(v.split(","));
    }

    /** The JSON body's {@code variables} object, or null. */
    static JsonNode variables(RoutingContext ctx) {
        String body = ctx.body() == null ? null : ctx.body().asString();
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return AriEventParser.mapper().readTree(body).get("variables");
        } catch (java.io.IOException e) {
            throw AriFault.badRequest("Invalid JSON body");
        }
    }
}
