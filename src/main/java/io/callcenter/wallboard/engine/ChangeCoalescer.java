package io.callcenter.wallboard.engine;

import io.callcenter.wallboard.figures.WallboardChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Collects changes between events: at most one event per push interval, except that a new waiting caller is
 * announced once the (shorter) urgent interval has passed since the previous event. Used by one thread.
 */
final class ChangeCoalescer {

    private final Duration interval;
    private final Duration urgentInterval;
    private final Set<String> queues = new HashSet<>();
    private boolean pending;
    private boolean all;
    private boolean urgent;
    private Instant lastFired = Instant.EPOCH;

    ChangeCoalescer(Duration interval, Duration urgentInterval) {
        this.interval = interval;
        this.urgentInterval = urgentInterval;
    }

    /** Notes a change of these queues (null: of every queue). */
    void changed(String queue, boolean newWaitingCaller) {
        pending = true;
        urgent |= newWaitingCaller;
        if (queue == null) {
            all = true;
        } else {
            queues.add(queue);
        }
    }

    /** The event to fire now, if one is due. */
    Optional<WallboardChanged> due(Instant now) {
        if (!pending) {
            return Optional.empty();
        }
        Duration since = Duration.between(lastFired, now);
        if (since.compareTo(urgent ? urgentInterval : interval) < 0) {
            return Optional.empty();
        }
        WallboardChanged event = new WallboardChanged(now, all ? Set.of() : queues, urgent);
        pending = false;
        all = false;
        urgent = false;
        queues.clear();
        lastFired = now;
        return Optional.of(event);
    }
}
