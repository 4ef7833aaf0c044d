package io.callcenter.demo.server;

import io.callcenter.demo.world.EventSink;
import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** One events websocket: frames are queued in emission order and written only from the socket's own context (no reordering). */
final class WsSink implements EventSink {

    private final ServerWebSocket ws;
    private final Context context;
    private final Queue<String> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicInteger pending;

    WsSink(ServerWebSocket ws, Context context, AtomicInteger pending) {
        this.ws = ws;
        this.context = context;
        this.pending = pending;
    }

    @Override
    public void send(String json) {
        queue.add(json);
        pending.incrementAndGet();
        if (scheduled.compareAndSet(false, true)) {
            context.runOnContext(v -> drain());
        }
    }

    @Override
    public void replaced(String applicationReplacedJson) {
        send(applicationReplacedJson);
        context.runOnContext(v -> {
            drain();
            ws.close();
        });
    }

    private void drain() {
        scheduled.set(false);
        String frame;
        while ((frame = queue.poll()) != null) {
            pending.decrementAndGet();
            if (!ws.isClosed()) {
                ws.writeTextMessage(frame);
            }
        }
    }
}
