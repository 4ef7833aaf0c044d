package io.callcenter.live;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Sees each flush (a benchmark's split of push latency); null in production. */
    private volatile FlushObserver observer;
    private final ConcurrentHashMap<Visibility, Audience> audiences = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ContextInternal, LoopSessions> loops = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final long intervalMillis;

    LiveFanout(Vertx vertx, long intervalMillis) {
        this.vertx = vertx;
        this.intervalMillis = Math.max(1, intervalMillis);
    }

    void observe(FlushObserver observer) {
        this.observer = observer;
    }

    /**
     * On the connection's event loop, before its snapshot is read: from the next flush on it gets its audience's
     * frames (a delta queued before the snapshot may come again: clients apply deltas idempotently).
     */
    Audience join(LiveSession session, Visibility visibility) {
        Audience audience = audiences.compute(visibility, (v, a) -> {
            Audience joined = a == null ? new Audience(v) : a;
            joined.members++;
            return joined;
        });
        loops.computeIfAbsent(session.loop(), LoopSessions::new).add(session);
        return audience;
    }

    /** On the connection's event loop: it gets no more frames. */
    void leave(LiveSession session, Audience audience) {
        loops.get(session.loop()).remove(session);
        audiences.computeIfPresent(audience.visibility, (v, a) -> --a.members == 0 ? null : a);
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
        long start = System.nanoTime();
        FlushObserver watching = observer;
        if (watching != null) {
            watching.started(start, drained);
        }
        IdentityHashMap<Audience, SharedFrame> frames = new IdentityHashMap<>();
        for (Audience a : audiences.values()) {
            frames.put(a, SharedFrame.of(drained, a.visibility));
        }
        // a flush starts only once every loop has finished the last one: each connection gets them in order
        List<LoopSessions> all = new ArrayList<>(loops.values());
        unfinished.set(all.size());
        for (LoopSessions l : all) {
            l.loop.runOnContext(v -> {
                long began = System.nanoTime();
                try {
                    int handed = l.deliver(frames);
                    if (watching != null) {
                        watching.written(start, began, System.nanoTime(), handed);
                    }
                } finally {
                    if (unfinished.decrementAndGet() == 0 && skipped.getAndSet(false)) {
                        ticking.runOnContext(t -> tick());
                    }
                }
            });
        }
    }
}
