package io.callcenter.wallboard.config;

/**
 * When a metric's tile turns yellow and red, for one queue or (queue absent) for every queue and the total. Values
 * are in the metric's {@link Metric.Unit}; for a {@link Metric.Direction#HIGH_IS_BAD} metric the tile is yellow at
 * {@code value >= yellow} and red at {@code value >= red} (so yellow ≤ red), for {@link Metric.Direction#LOW_IS_BAD}
 * at {@code value <= yellow} / {@code value <= red} (so yellow ≥ red). Either bound may be absent.
 */
public record ThresholdRule(Metric metric, String queue, Double yellow, Double red) {
}
