package io.callcenter.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the metrics need to know about one call's stay in one queue, once it has left the queue.
 *
 * @param enqueuedAt when the call entered this queue (for an overflow from another queue: the original enqueue time,
 *     if the ACD keeps it, so the wait spans both queues); the instant that decides which interval/day it counts in
 * @param leftQueueAt when it left the queue: the answer instant for answered outcomes, the hang-up for an abandon,
 *     the moment it was sent on for timeout / overflow, the arrival for after-hours
 * @param outcome how the stay ended
 * @param handling the agent's talk / hold / wrap once the agent has finished (wrap-up over); only for answered
 *     outcomes, empty while the conversation or wrap-up is still going on (then the call counts as answered but not
 *     yet as handled)
 */
public record QueuedCall(Instant enqueuedAt, Instant leftQueueAt, CallOutcome outcome, Optional<Handling> handling) {

    public QueuedCall {
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(leftQueueAt, "leftQueueAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(handling, "handling");
        if (leftQueueAt.isBefore(enqueuedAt)) {
            throw new IllegalArgumentException("left the queue before entering it: " + enqueuedAt + " > " + leftQueueAt);
        }
        if (handling.isPresent() && !outcome.answered()) {
            throw new IllegalArgumentException("handling times given for an unanswered call (" + outcome + ")");
        }
    }

    /** An answered call whose handling is over. */
    public static QueuedCall answered(Instant enqueuedAt, Instant answeredAt, Handling handling) {
        return new QueuedCall(enqueuedAt, answeredAt, CallOutcome.ANSWERED, Optional.of(handling));
    }

    /** A call that left unanswered with this outcome at {@code leftAt}. */
    public static QueuedCall unanswered(Instant enqueuedAt, Instant leftAt, CallOutcome outcome) {
        return new QueuedCall(enqueuedAt, leftAt, outcome, Optional.empty());
    }

    /** The answer instant (= {@link #leftQueueAt()}) for answered outcomes, empty otherwise. */
    public Optional<Instant> answeredAt() {
        return outcome.answered() ? Optional.of(leftQueueAt) : Optional.empty();
    }

    /** Time in queue, {@code leftQueueAt − enqueuedAt}, truncated to whole milliseconds (ARI's resolution). */
    public Duration waited() {
        return Duration.ofMillis(Duration.between(enqueuedAt, leftQueueAt).toMillis());
    }
}
