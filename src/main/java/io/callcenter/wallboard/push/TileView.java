package io.callcenter.wallboard.push;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.Average;
import io.callcenter.metrics.Ratio;
import io.callcenter.wallboard.config.Metric;
import io.callcenter.wallboard.figures.QueueTile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One queue's tile values on the wire, keyed by {@link Metric} id in the metric's unit (counts, seconds, percent);
 * null where the metric has no value (a division by zero), which the screen shows as "—".
 *
 * @param queue the queue, or "*" for the wallboard's queues together
 * @param values metric id → value
 * @param serviceLevelCaption the SL formula in words, shown on the SL tile
 * @param serviceLevelCounts the SL as "within / base", e.g. "17 / 20"
 */
public record TileView(String queue, Map<String, Double> values, String serviceLevelCaption,
        String serviceLevelCounts) {

    static TileView of(QueueTile t) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(Metric.WAITING.id(), (double) t.waiting());
        v.put(Metric.LONGEST_WAIT.id(), t.longestWaitMs().isPresent() ? t.longestWaitMs().getAsLong() / 1000.0 : null);
        v.put(Metric.OFFERED.id(), (double) t.offered());
        v.put(Metric.ANSWERED.id(), (double) t.answered());
        v.put(Metric.ABANDONED.id(), (double) t.abandoned());
        v.put(Metric.SERVICE_LEVEL.id(), percent(t.figures().serviceLevel()));
        v.put(Metric.ASA.id(), seconds(t.figures().asa()));
        v.put(Metric.AHT.id(), seconds(t.figures().aht()));
        v.put(Metric.ABANDON_RATE.id(), percent(t.figures().abandonRate()));
        v.put(Metric.OCCUPANCY.id(), percent(t.occupancy()));
        v.put(Metric.AGENTS_LOGGED_IN.id(), (double) t.loggedIn());
        v.put(Metric.AGENTS_READY.id(), (double) t.agentsByState().get(AgentState.READY));
        v.put(Metric.AGENTS_ON_CALL.id(), (double) t.agentsByState().get(AgentState.ON_CALL));
        v.put(Metric.AGENTS_PAUSED.id(), (double) t.agentsByState().get(AgentState.PAUSED));
        Ratio sl = t.figures().serviceLevel();
        return new TileView(t.queue(), v, t.figures().serviceLevelCaption(),
                sl.numerator() + " / " + sl.denominator());
    }

    static Double percent(Ratio r) {
        OptionalDouble p = r.percent();
        return p.isPresent() ? p.getAsDouble() : null;
    }

    private static Double seconds(Average a) {
        return a.value().map(d -> d.toMillis() / 1000.0).orElse(null);
    }
}
