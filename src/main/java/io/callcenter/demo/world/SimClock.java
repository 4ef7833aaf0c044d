package io.callcenter.demo.world;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Instant;

/** Time for the simulated world: Vert.x timers scaled by a factor (tests run a 5 s ring timeout in 50 ms), all under the world lock. */
public final class SimClock {

    private final Vertx vertx;
    private final Context context;
    private final double scale;
    private final Object lock;

    SimClock(Vertx vertx, double scale, Object lock) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.scale = scale;
        this.lock = lock;
    }

    /** Runs the action after {@code ms} simulated milliseconds; returns a timer id for {@link #cancel}. */
    public long after(long ms, Runnable action) {
        long delay = Math.max(1, Math.round(ms * scale));
        return vertx.setTimer(delay, id -> locked(action));
    }

    /** Runs the action soon, after the current request has been answered (FIFO on the world's context). */
    public void soon(Runnable action) {
        context.runOnContext(v -> locked(action));
    }

    public void cancel(long timerId) {
        if (timerId > 0) {
            vertx.cancelTimer(timerId);
        }
    }

    public Instant now() {
        return Instant.now();
    }

    /** Real milliseconds for a simulated duration (used to delay HTTP answers in race mode). */
    public long real(long ms) {
        return Math.max(1, Math.round(ms * scale));
    }

    public Vertx vertx() {
        return vertx;
    }

    private void locked(Runnable action) {
        synchronized (lock) {
            action.run();
        }
    }
}
