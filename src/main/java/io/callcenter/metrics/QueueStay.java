package io.callcenter.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One call's stay in one queue as it is known over time, so it can be counted <i>at any instant</i>: the live
 * wallboard evaluates it at now, time travel at a past instant, and both get what a {@link QueuedCall} would have
 * been then. Every instant after the evaluation instant is treated as not (yet) known.
 *
 * @param queue the queue
 * @param enqueuedAt the instant the call counts at (for a stay after an overflow from another queue: the original
 *     enqueue, as {@link QueuedCall#enqueuedAt()})
 * @param joinedAt when it entered this queue (= enqueuedAt for the first queue; the move for the next ones)
 * @param leftAt when it left the queue (answer, abandon, sent on); empty while waiting
 * @param outcome how it left; present exactly when leftAt is (ANSWERED, never TRANSFERRED: see transferredAt)
 * @param transferredAt for an answered stay, when the agent transferred the caller onwards
 * @param callEndedAt when the call ended (hang-up of the conversation, or of a caller still waiting)
 * @param handlingEndedAt when the answering agent was done with it (wrap-up over, or the end of the call when the
 *     queue has no wrap-up)
 * @param hold total time the caller was on hold while connected
 */
public record QueueStay(String queue, Instant enqueuedAt, Instant joinedAt, Optional<Instant> leftAt,
        Optional<CallOutcome> outcome, Optional<Instant> transferredAt, Optional<Instant> callEndedAt,
        Optional<Instant> handlingEndedAt, Duration hold) {

    public QueueStay {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(joinedAt, "joinedAt");
        if (leftAt.isPresent() != outcome.isPresent()) {
            throw new IllegalArgumentException("leftAt and outcome go together");
        }
        Handling.requireNonNegative(hold, "hold");
    }

    /** Whether the caller waits in this queue at {@code t}: joined by t, neither left the queue nor hung up by t. */
    public boolean waitingAt(Instant t) {
        return !joinedAt.isAfter(t) && !known(leftAt, t) && !known(callEndedAt, t);
    }

    /**
     * The stay as a finished {@link QueuedCall} at {@code t}, empty while waiting or not yet joined. An answered stay is
     * TRANSFERRED once the transfer is known; it has handling once the call ended and the agent is done
     * (talk = end − answer − hold, wrap = done − end). A caller who hung up while waiting without a recorded
     * outcome abandoned at the hang-up.
     */
    public Optional<QueuedCall> queuedCallAt(Instant t) {
        if (joinedAt.isAfter(t)) {
            return Optional.empty();
        }
        if (!known(leftAt, t)) {
            return known(callEndedAt, t)
                    ? Optional.of(QueuedCall.unanswered(enqueuedAt, callEndedAt.get(), CallOutcome.ABANDONED))
                    : Optional.empty();
        }
        CallOutcome o = outcome.get();
        if (!o.answered()) {
            return Optional.of(QueuedCall.unanswered(enqueuedAt, leftAt.get(), o));
        }
        CallOutcome answered = known(transferredAt, t) ? CallOutcome.TRANSFERRED : CallOutcome.ANSWERED;
        return Optional.of(new QueuedCall(enqueuedAt, leftAt.get(), answered, handlingAt(t)));
    }

    /** What the stay contributes at {@code t}: its {@link Contributions#of} once it left, one waiting call before. */
    public CallCounts contributionAt(Instant t, Thresholds thresholds) {
        Optional<QueuedCall> call = queuedCallAt(t);
        if (call.isPresent()) {
            return Contributions.of(call.get(), thresholds);
        }
        return waitingAt(t) ? Contributions.waiting() : CallCounts.ZERO;
    }

    private Optional<Handling> handlingAt(Instant t) {
        if (!known(callEndedAt, t) || !known(handlingEndedAt, t)) {
            return Optional.empty();
        }
        Duration connected = Duration.between(leftAt.get(), callEndedAt.get());
        Duration talk = connected.minus(hold);
        Duration wrap = Duration.between(callEndedAt.get(), handlingEndedAt.get());
        return Optional.of(new Handling(ms(talk), hold.compareTo(connected) > 0 ? ms(connected) : ms(hold), ms(wrap)));
    }

    /** Whole milliseconds, never negative (clock steps between writers must not make a handling invalid). */
    private static Duration ms(Duration d) {
        return d.isNegative() ? Duration.ZERO : Duration.ofMillis(d.toMillis());
    }

    private static boolean known(Optional<Instant> instant, Instant t) {
        return instant.isPresent() && !instant.get().isAfter(t);
    }
}
