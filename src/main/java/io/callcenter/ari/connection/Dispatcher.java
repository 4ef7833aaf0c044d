package io.callcenter.ari.connection;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One server's delivery thread: everything for the listeners (events, snapshots, state changes) goes through
 * one unbounded FIFO queue drained by one thread, so the websocket reader never waits for a listener and
 * nothing is reordered.
 */
final class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final String server;
    private final List<AriEventListener> listeners;
    private final Runnable onListenerFailure;
    private final ThreadPoolExecutor executor;

    Dispatcher(String server, List<AriEventListener> listeners, Runnable onListenerFailure) {
        this.server = server;
        this.listeners = List.copyOf(listeners);
        this.onListenerFailure = onListenerFailure;
        // After close, late tasks are dropped on purpose: the connection is gone and nobody waits for them.
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "ari-dispatch-" + server), new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Queues a task behind everything queued before; never blocks. */
    void execute(Runnable task) {
        executor.execute(task);
    }

    /** Tasks waiting for the dispatch thread. */
    int queueDepth() {
        return executor.getQueue().size();
    }

    /** Calls every listener with one event (on the dispatch thread). */
    void event(ReceivedEvent event) {
        // the label is built only when a listener fails: per event it was a string concatenation for nothing
        each(() -> event.message().type() + " #" + event.sequence(), l -> l.onEvent(event));
    }

    /** Calls every listener with a snapshot (on the dispatch thread). */
    void resync(ResyncSnapshot snapshot) {
        each(() -> "resync snapshot", l -> l.onResync(snapshot));
    }

    /** Queues a state change for every listener. */
    void state(ConnectionState state) {
        execute(() -> each(() -> "state " + state, l -> l.onConnectionState(server, state)));
    }

    /** Lets queued work finish, then stops the thread; waits a little so shutdown hands over what it can. */
    void shutdown() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warnf("ARI %s: %d queued deliveries abandoned at close", server, executor.getQueue().size());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void each(Supplier<String> what, Consumer<AriEventListener> call) {
        for (AriEventListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                // A listener bug must not stop delivery to the others nor kill this thread: report it loudly.
                onListenerFailure.run();
                LOG.errorf(e, "ARI %s: listener %s failed on %s", server, listener.getClass().getName(), what.get());
            }
        }
    }
}
