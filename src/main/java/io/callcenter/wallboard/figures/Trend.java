package io.callcenter.wallboard.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparkline series over a period up to an instant, in fixed buckets (15 minutes: the report rollup's quarter hours).
 *
 * @param at the instant the series end at
 * @param bucket bucket length
 * @param byQueue one series per selected queue, oldest bucket first
 * @param overall the selected queues together
 */
public record Trend(Instant at, Duration bucket, Map<String, List<TrendPoint>> byQueue, List<TrendPoint> overall) {

    public Trend {
        Map<String, List<TrendPoint>> copy = new LinkedHashMap<>();
        byQueue.forEach((q, points) -> copy.put(q, List.copyOf(points)));
        byQueue = Collections.unmodifiableMap(copy);
        overall = List.copyOf(overall);
    }
}
