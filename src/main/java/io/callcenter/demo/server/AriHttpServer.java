package io.callcenter.demo.server;

import io.callcenter.demo.world.AriFault;
import io.callcenter.demo.world.World;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** The demo PBX's ARI endpoint: Asterisk 22's REST paths and events websocket under /ari, with basic auth or api_key. */
public final class AriHttpServer {

    private final Vertx vertx;
    private final World world;
    private final String user;
    private final String password;
    private final AtomicInteger backlog = new AtomicInteger();
    private HttpServer server;

    public AriHttpServer(Vertx vertx, World world, String user, String password) {
        this.vertx = vertx;
        this.world = world;
        this.user = user;
        this.password = password;
    }

    /** Binds host:port (0 = a free port) and returns the port actually bound. */
    public int start(String host, int port) {
        Router router = Router.router(vertx);
        // the websocket upgrade must come before the body handler, which would consume the request
        router.get("/ari/events").handler(this::authenticate).handler(this::events);
        router.route().handler(BodyHandler.create().setBodyLimit(256 * 1024));
        router.route("/ari/*").handler(this::authenticate);
        Routes routes = new Routes(router, vertx, world.settings().races() ? world.clock().real(20) : 0);
        ChannelRoutes.register(routes, world);
        BridgeRoutes.register(routes, world);
        SystemRoutes.register(routes, world, Instant.now());
        MediaRoutes.register(routes, world);
        router.errorHandler(404, ctx -> Routes.write(ctx, Routes.fault(new AriFault(404, "Resource not found"))));
        router.errorHandler(500, ctx -> Routes.write(ctx, Routes.fault(new AriFault(500, "Internal Server Error"))));
        router.errorHandler(405, ctx -> Routes.write(ctx, Routes.fault(new AriFault(405, "Invalid method"))));
        try {
            server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port).setMaxWebSocketFrameSize(1 << 20))
                    .requestHandler(router).listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo PBX start interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("demo PBX could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return server.actualPort();
    }

    public void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Event frames queued for websockets but not yet written. */
    public int backlog() {
        return backlog.get();
    }

    private void authenticate(RoutingContext ctx) {
        String given = ctx.queryParams().get("api_key");
        String header = ctx.request().getHeader("Authorization");
        if (given == null && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            given = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        }
        if ((user + ":" + password).equals(given)) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"Asterisk REST Interface\"");
        Routes.write(ctx, Routes.fault(new AriFault(401, "Authentication required")));
    }

    /** GET /ari/events?app=a,b&subscribeAll=true: a websocket serving those apps (a second one for an app takes it over). */
    private void events(RoutingContext ctx) {
        String apps = Routes.q(ctx, "app");
        if (apps == null || apps.isBlank()) {
            Routes.write(ctx, Routes.fault(AriFault.missing("app")));
            return;
        }
        boolean subscribeAll = "true".equalsIgnoreCase(Routes.q(ctx, "subscribeAll"));
        ctx.request().toWebSocket().onSuccess(ws -> {
            WsSink sink = new WsSink(ws, vertx.getOrCreateContext(), backlog);
            ws.closeHandler(v -> world.registry().disconnect(sink));
            world.registry().connect(List.of(apps.split(",")), subscribeAll, sink);
        }).onFailure(e -> Routes.write(ctx, Routes.fault(AriFault.badRequest("Websocket upgrade required"))));
    }
}
