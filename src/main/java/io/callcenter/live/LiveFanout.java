package io.callcenter.live;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects every delta for browsers and, once per flush interval, hands each connection its audience's
 * {@link SharedFrame}. Adding a delta is O(1) whatever the number of connections (the ARI dispatch thread never
 * touches a connection), each audience's deltas are filtered and encoded once, and each event loop gets one task
 * per interval for all its connections instead of one per connection.
 */
final class LiveFanout {

    private final ConcurrentLinkedQueue<PendingDelta> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    /** Event-loop tasks of the last interval not run yet: while any is, the next interval waits (see tick). */
    private final AtomicInteger unfinished = new AtomicInteger();
    /** An interval was skipped: the last loop to finish runs it at once, on the ticking context (ticks never overlap). */
    private final AtomicBoolean skipped = new AtomicBoolean();
    private volatile Context ticking;
    private final Collection<LiveSession> sessions;
    private final Vertx vertx;
    private final long intervalMillis;

    LiveFanout(Collection<LiveSession> sessions, Vertx vertx, long intervalMillis) {
        this.sessions = sessions;
        this.vertx = vertx;
        this.intervalMillis = Math.max(1, intervalMillis);
    }

    /** Any thread: queues a delta for the next interval and returns at once. */
    void add(PendingDelta delta) {
        queue.add(delta);
        if (!started.get() && started.compareAndSet(false, true)) {
            vertx.setPeriodic(intervalMillis, id -> tick());
        }
    }

    /** One flush interval: everything queued since the last one goes out, each connection's part in one frame. */
    void tick() {
        ticking = Vertx.currentContext();
        if (unfinished.get() > 0) {
            skipped.set(true);
            // the loops have not yet sent the last interval: what arrives meanwhile stays queued and goes out as
            // one coalesced frame when they have, so an overloaded server sends fewer, larger frames instead of
            // piling up a frame per connection per interval (per-frame cost, not bytes, is what saturates it)
            return;
        }
        List<PendingDelta> drained = new ArrayList<>();
        for (PendingDelta d = queue.poll(); d != null; d = queue.poll()) {
            drained.add(d);
        }
        if (drained.isEmpty()) {
            return;
        }
        Map<Visibility, SharedFrame> frames = new HashMap<>();
        Map<ContextInternal, List<Runnable>> byLoop = new HashMap<>();
        for (LiveSession s : sessions) {
            SharedFrame frame = frames.computeIfAbsent(s.visibility(), v -> SharedFrame.of(drained, v));
            if (!frame.isEmpty()) {
                byLoop.computeIfAbsent(s.loop(), l -> new ArrayList<>()).add(() -> s.deliver(frame));
            }
        }
        // tasks of one loop run in submission order, so every connection gets the intervals in order
        unfinished.set(byLoop.size());
        byLoop.forEach((loop, deliveries) -> loop.runOnContext(v -> {
            try {
                deliveries.forEach(Runnable::run);
            } finally {
                if (unfinished.decrementAndGet() == 0 && skipped.getAndSet(false)) {
                    ticking.runOnContext(t -> tick());
                }
            }
        }));
    }
}
