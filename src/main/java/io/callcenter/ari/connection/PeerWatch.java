package io.callcenter.ari.connection;

import io.vertx.core.Vertx;
import java.time.Duration;

/** The ping timer of one open socket, and the rule for calling a silent peer dead. */
final class PeerWatch {

    private final Vertx vertx;
    private final long intervalMillis;
    private final long deadAfterNanos;
    private long timer = -1;

    PeerWatch(Vertx vertx, Duration interval, Duration deadAfter) {
        this.vertx = vertx;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.deadAfterNanos = deadAfter.toNanos();
    }

    /** Runs {@code ping} every interval until {@link #stop()}. */
    synchronized void start(Runnable ping) {
        stop();
        timer = vertx.setPeriodic(intervalMillis, id -> ping.run());
    }

    synchronized void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    /** True when nothing (frame or pong) came for longer than the dead-peer timeout. */
    boolean isDead(long lastHeardNanos) {
        return System.nanoTime() - lastHeardNanos > deadAfterNanos;
    }
}
