package io.callcenter.metrics;

import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import java.time.Duration;
import java.util.List;

/**
 * The cut-offs a call is classified with when its contribution is computed (those recorded on the call's stay when it
 * entered the queue, {@link SlRules}; counts keep no memory of them, so a rollup mixes them if the config changed).
 *
 * @param serviceLevel a wait {@code <=} this is "within" (answered within, abandoned within)
 * @param shortAbandon an abandon with a wait strictly {@code <} this is a short abandon
 * @param bucketEdges upper edges of the wait distribution, strictly increasing, e.g. 10/20/30/60/120 s
 */
public record Thresholds(Duration serviceLevel, Duration shortAbandon, List<Duration> bucketEdges) {

    /** The distribution edges used when none are configured. */
    public static final List<Duration> DEFAULT_EDGES = List.of(Duration.ofSeconds(10), Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));

    public Thresholds {
        Handling.requireNonNegative(serviceLevel, "serviceLevel");
        Handling.requireNonNegative(shortAbandon, "shortAbandon");
        bucketEdges = List.copyOf(bucketEdges);
        WaitHistogram.requireIncreasing(bucketEdges);
    }

    /** Thresholds with the {@link #DEFAULT_EDGES}. */
    public static Thresholds of(Duration serviceLevel, Duration shortAbandon) {
        return new Thresholds(serviceLevel, shortAbandon, DEFAULT_EDGES);
    }

    /** A queue's service-level threshold and short-abandon cut, with the given distribution edges. */
    public static Thresholds of(QueueConfig queue, List<Duration> bucketEdges) {
        return of(SlRules.of(queue), bucketEdges);
    }

    /** The service-level threshold and short-abandon cut recorded on a call's stay, with the given edges. */
    public static Thresholds of(SlRules rules, List<Duration> bucketEdges) {
        return new Thresholds(rules.serviceLevel(), rules.shortAbandon(), bucketEdges);
    }

    /** Whether a wait counts as within the service-level threshold: {@code wait <= serviceLevel}. */
    public boolean within(Duration wait) {
        return wait.compareTo(serviceLevel) <= 0;
    }

    /** Whether an abandon after this wait is a short abandon: {@code wait < shortAbandon}. */
    public boolean shortAbandon(Duration wait) {
        return wait.compareTo(shortAbandon) < 0;
    }
}
