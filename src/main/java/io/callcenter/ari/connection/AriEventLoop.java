package io.callcenter.ari.connection;

import io.callcenter.ari.config.AriConfig;
import io.netty.channel.EventLoopGroup;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.impl.VertxThread;
import io.vertx.core.spi.transport.Transport;
import java.util.concurrent.TimeUnit;

/**
 * The event loop that reads every Asterisk's events websocket, and only that. On one of Vert.x's shared loops the
 * socket waited behind whatever else the loop did: a live push flush writes the frames of a quarter of the browsers
 * there in one task, and ARI frames arriving meanwhile were read tens of ms late (fan-out benchmark, issue 5). Its own
 * thread is nearly idle (a few hundred small frames a second), so it reads each frame as it comes.
 */
final class AriEventLoop implements AutoCloseable {

    private final EventLoopGroup group;
    private final ContextInternal context;
    private final WebSocketClient client;

    AriEventLoop(Vertx vertx, AriConfig config) {
        VertxInternal internal = (VertxInternal) vertx;
        // a Vert.x thread, so that Vert.x finds the context of what runs on it like on its own loops
        this.group = internal.transport().eventLoopGroup(Transport.IO_EVENT_LOOP_GROUP, 1,
                r -> new VertxThread(r, "ari-events-loop", false, 2, TimeUnit.SECONDS), 100);
        this.context = internal.createEventLoopContext(group.next(), internal.getWorkerPool(),
                Thread.currentThread().getContextClassLoader());
        int maxSize = config.maxEventSize();
        // created on its loop's context: Vert.x binds a client's connections to the loop it connects from
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxFrameSize(maxSize).setMaxMessageSize(maxSize));
    }

    /** The context whose loop every events socket is opened from, and so runs on. */
    ContextInternal context() {
        return context;
    }

    WebSocketClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    }
}
