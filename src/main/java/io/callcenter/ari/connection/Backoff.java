package io.callcenter.ari.connection;

import java.time.Duration;

/** Reconnect delays: the initial delay, doubling per failed attempt up to a cap; reset once connected. */
final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    Backoff(Duration initial, Duration max) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.nextMillis = initialMillis;
    }

    /** The delay before the next attempt; each call doubles the one after it. */
    synchronized long next() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return delay;
    }

    /** A connect succeeded: the next drop starts again at the initial delay. */
    synchronized void reset() {
        nextMillis = initialMillis;
    }
}
