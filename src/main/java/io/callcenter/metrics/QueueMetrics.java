package io.callcenter.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Queue metrics other than the service level, each a pure function of {@link CallCounts}. */
public final class QueueMetrics {

    private QueueMetrics() {
    }

    /** ASA, average speed of answer: Σ wait of answered calls ÷ answered calls. */
    public static Average asa(CallCounts c) {
        return new Average(c.answered().sumMs(), c.answered().count());
    }

    /** AHT, average handle time: Σ (talk + hold + wrap) ÷ handled calls (answered and finished, wrap-up included). */
    public static Average aht(CallCounts c) {
        return new Average(c.handling().handleMs(), c.handling().handled());
    }

    /** Average talk time (hold excluded): Σ talk ÷ handled calls. */
    public static Average averageTalk(CallCounts c) {
        return new Average(c.handling().talkMs(), c.handling().handled());
    }

    /** Average time to abandon: Σ wait of abandoned calls ÷ abandoned calls (short abandons included). */
    public static Average averageAbandonWait(CallCounts c) {
        return new Average(c.abandoned().sumMs(), c.abandoned().count());
    }

    /** Abandon rate: abandoned ÷ offered. */
    public static Ratio abandonRate(CallCounts c) {
        return new Ratio(c.abandoned().count(), c.offered());
    }

    /** Abandon rate without short abandons: (abandoned − short) ÷ (offered − short). */
    public static Ratio abandonRateExcludingShort(CallCounts c) {
        long s = c.shortAbandoned().count();
        return new Ratio(c.abandoned().count() - s, c.offered() - s);
    }

    /** Answer rate: answered ÷ offered. */
    public static Ratio answerRate(CallCounts c) {
        return new Ratio(c.answered().count(), c.offered());
    }

    /** Share of answered calls answered within an edge of the distribution: answered with wait ≤ edge ÷ answered. */
    public static Ratio answeredWithin(CallCounts c, Duration edge) {
        return new Ratio(c.answeredWaits().within(edge), c.answered().count());
    }

    /** Longest wait of any call that left the queue (answered, abandoned, timed out, overflowed); empty if none did. */
    public static Optional<Duration> maxWait(CallCounts c) {
        return c.leftQueue() == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(c.maxWaitMs()));
    }

    /**
     * The live "longest wait": now − the earliest enqueue instant of the callers waiting now (millisecond
     * resolution, as {@link QueuedCall#waited()}); empty when nobody waits.
     */
    public static Optional<Duration> longestWaiting(Collection<Instant> waitingSince, Instant now) {
        return waitingSince.stream().min(Instant::compareTo)
                .map(first -> Duration.ofMillis(Duration.between(first, now).toMillis()));
    }
}
