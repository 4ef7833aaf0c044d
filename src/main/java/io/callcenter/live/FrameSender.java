package io.callcenter.live;

import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import java.util.function.Consumer;

/**
 * Writes text frames to one connection and counts those not yet written; completions are handled on the
 * connection's event loop. Used only from that event loop.
 */
final class FrameSender {

    private final WebSocketConnection connection;
    private final Context context;
    private final Thread loop;
    private final Runnable allWritten;
    private final Consumer<Throwable> failed;
    private int outstanding;

    /** Created on the connection's event loop. */
    FrameSender(WebSocketConnection connection, Context context, Runnable allWritten, Consumer<Throwable> failed) {
        this.connection = connection;
        this.context = context;
        this.loop = Thread.currentThread();
        this.allWritten = allWritten;
        this.failed = failed;
    }

    /** Whether frames are still waiting to be written (a slow browser keeps this true). */
    boolean busy() {
        return outstanding > 0;
    }

    void send(String frame) {
        outstanding++;
        connection.sendText(frame).subscribe().with(v -> here(this::written), f -> here(() -> failed(f)));
    }

    private void written() {
        if (--outstanding == 0) {
            allWritten.run();
        }
    }

    private void failed(Throwable f) {
        outstanding--;
        failed.accept(f);
    }

    private void here(Runnable r) {
        if (Thread.currentThread() == loop) {
            r.run();
        } else {
            context.runOnContext(v -> r.run());
        }
    }
}
