package io.callcenter.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts live connections the server closed, by reason ({@code callcenter.live.closed}). */
@ApplicationScoped
public class LiveMeters {

    private final Counter slow;
    private final Counter idle;
    private final Counter sessionEnded;

    LiveMeters(MeterRegistry registry) {
        this.slow = registry.counter("callcenter.live.closed", "reason", "slow");
        this.idle = registry.counter("callcenter.live.closed", "reason", "idle");
        this.sessionEnded = registry.counter("callcenter.live.closed", "reason", "session");
    }

    void closed(int code) {
        if (code == LiveSession.TOO_SLOW) {
            slow.increment();
        } else if (code == LiveSession.IDLE) {
            idle.increment();
        } else if (code == LiveSession.SESSION_ENDED) {
            sessionEnded.increment();
        }
    }

    /** How many connections were closed for being too slow, since start. */
    public double slowClosed() {
        return slow.count();
    }

    /** How many connections were closed for being silent, since start. */
    public double idleClosed() {
        return idle.count();
    }
}
