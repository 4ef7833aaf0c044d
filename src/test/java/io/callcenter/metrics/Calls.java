package io.callcenter.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds small hand-made call histories for the metric tests (waits and handling given in seconds). */
final class Calls {

    static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    /** SL 20 s, short abandon 5 s, edges 10/20/30/60/120 s. */
    static final Thresholds SL20_SHORT5 = Thresholds.of(Duration.ofSeconds(20), Duration.ofSeconds(5));

    private Calls() {
    }

    static QueuedCall answered(double waitSeconds, int talk, int hold, int wrap) {
        return QueuedCall.answered(T0, at(waitSeconds), new Handling(Duration.ofSeconds(talk),
                Duration.ofSeconds(hold), Duration.ofSeconds(wrap)));
    }

    static QueuedCall transferred(double waitSeconds, int talk, int hold, int wrap) {
        return new QueuedCall(T0, at(waitSeconds), CallOutcome.TRANSFERRED, Optional.of(new Handling(
                Duration.ofSeconds(talk), Duration.ofSeconds(hold), Duration.ofSeconds(wrap))));
    }

    static QueuedCall left(double waitSeconds, CallOutcome outcome) {
        return QueuedCall.unanswered(T0, at(waitSeconds), outcome);
    }

    static CallCounts total(List<QueuedCall> calls, Thresholds t) {
        return CallCounts.sum(calls.stream().map(c -> Contributions.of(c, t)).toList());
    }

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }
}
