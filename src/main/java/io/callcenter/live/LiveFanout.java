package io.callcenter.live;

import io.netty.util.concurrent.EventExecutor;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects every delta for browsers and, once per flush interval on each event loop, hands each connection of that
 * loop its audience's {@link SharedFrame}. Adding a delta is O(1) whatever the number of connections (the ARI
 * dispatch thread never touches a connection); each loop flushes on its own timer, from its own cursor in the
 * {@link DeltaLog}, so a loop that is done never waits for a slower one.
 */
final class LiveFanout {

    private final DeltaLog log = new DeltaLog();
    /** Sees each flush (a benchmark's split of push latency); null in production. */
    private volatile FlushObserver observer;
    private final ConcurrentHashMap<Visibility, Audience> audiences = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ContextInternal, LoopSessions> loops = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final long intervalMillis;
    /** The common origin of the loops' flush phases. */
    private final long origin = System.nanoTime();

    LiveFanout(Vertx vertx, long intervalMillis) {
        this.vertx = vertx;
        this.intervalMillis = Math.max(1, intervalMillis);
    }

    void observe(FlushObserver observer) {
        this.observer = observer;
    }

    FlushObserver observer() {
        return observer;
    }

    /**
     * On the connection's event loop, before its snapshot is read: from its loop's next flush on it gets its
     * audience's frames (a delta queued before the snapshot may come again: clients apply deltas idempotently).
     */
    Audience join(LiveSession session, Visibility visibility) {
        Audience audience = audiences.compute(visibility, (v, a) -> {
            Audience joined = a == null ? new Audience(v) : a;
            joined.members++;
            return joined;
        });
        loops.computeIfAbsent(session.loop(), this::startLoop).add(session);
        return audience;
    }

    private LoopSessions startLoop(ContextInternal loop) {
        LoopSessions sessions = new LoopSessions(loop, log.last(), this);
        // the timer is the loop's own (not the connection's context): it runs as long as the loop carries browsers
        loop.runOnContext(v -> vertx.setPeriodic(firstFlushDelay(loop), intervalMillis, id -> sessions.flush()));
        return sessions;
    }

    /**
     * Event loop i of n flushes at i/n of the interval (fixed-rate timers keep the phase): the loops take turns in
     * writing their frames instead of all writing at once when they started together, which on few cores made each
     * loop's writes wait for the others' (and the browsers' reads come in one burst).
     */
    private long firstFlushDelay(ContextInternal loop) {
        int index = 0;
        int count = 0;
        for (EventExecutor e : ((VertxInternal) vertx).getEventLoopGroup()) {
            if (e == loop.nettyEventLoop()) {
                index = count;
            }
            count++;
        }
        long phase = intervalMillis * index / Math.max(1, count);
        long now = (System.nanoTime() - origin) / 1_000_000 % intervalMillis;
        return 1 + Math.floorMod(phase - now - 1, intervalMillis);
    }

    /** On the connection's event loop: it gets no more frames. */
    void leave(LiveSession session, Audience audience) {
        loops.get(session.loop()).remove(session);
        audiences.computeIfPresent(audience.visibility, (v, a) -> --a.members == 0 ? null : a);
    }

    /** Any thread: queues a delta for each loop's next flush and returns at once. */
    void add(PendingDelta delta) {
        log.append(delta);
    }
}
