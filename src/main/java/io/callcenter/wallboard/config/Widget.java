package io.callcenter.wallboard.config;

/**
 * One element of a wallboard, in display order.
 *
 * @param kind {@code tile} (one metric per chosen queue and the total), {@code sparkline} (a metric's trend),
 *        {@code agents} (agent table) or {@code waiting} (waiting-caller list)
 * @param metric the metric of a tile or sparkline; absent for the tables
 */
public record Widget(String kind, Metric metric) {

    public static final String TILE = "tile";
    public static final String SPARKLINE = "sparkline";
    public static final String AGENTS = "agents";
    public static final String WAITING = "waiting";

    /** Metrics with a 15-minute trend series, so the only ones a sparkline can draw. */
    public static final java.util.Set<Metric> TRENDED = java.util.EnumSet.of(Metric.WAITING, Metric.OFFERED,
            Metric.ANSWERED, Metric.ABANDONED, Metric.SERVICE_LEVEL);

    /** Whether this kind shows a metric (and so needs one). */
    public static boolean needsMetric(String kind) {
        return TILE.equals(kind) || SPARKLINE.equals(kind);
    }
}
