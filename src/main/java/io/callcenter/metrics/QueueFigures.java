package io.callcenter.metrics;

import io.callcenter.acd.config.SlFormula;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every queue figure of one period, computed from its counts: what a wallboard tile and a report row both show, so
 * "the wallboard's day equals the report's day" is one {@code equals}.
 *
 * @param counts the raw counts the figures come from
 * @param slFormula the variant used for {@code serviceLevel}
 * @param serviceLevel SL by that variant ({@link ServiceLevel#of})
 * @param serviceLevelCaption its caption ({@link ServiceLevel#describe})
 * @param asa {@link QueueMetrics#asa}
 * @param aht {@link QueueMetrics#aht}
 * @param abandonRate {@link QueueMetrics#abandonRate}
 * @param abandonRateExcludingShort {@link QueueMetrics#abandonRateExcludingShort}
 * @param maxWait {@link QueueMetrics#maxWait}
 * @param answeredWithin for each distribution edge, {@link QueueMetrics#answeredWithin}, in edge order
 */
public record QueueFigures(CallCounts counts, SlFormula slFormula, Ratio serviceLevel, String serviceLevelCaption,
        Average asa, Average aht, Ratio abandonRate, Ratio abandonRateExcludingShort, Optional<Duration> maxWait,
        Map<Duration, Ratio> answeredWithin) {

    public QueueFigures {
        answeredWithin = answeredWithin instanceof EdgeRatios ? answeredWithin
                : Collections.unmodifiableMap(new LinkedHashMap<>(answeredWithin));
    }

    /** The figures of these counts for a queue reporting this SL variant with these thresholds. */
    public static QueueFigures of(CallCounts c, SlFormula formula, Thresholds t) {
        return of(c, formula, t, ServiceLevel.describe(formula, t.serviceLevel(), t.shortAbandon()));
    }

    /** {@link #of(CallCounts, SlFormula, Thresholds)} with its SL caption worked out once (reports of many rows). */
    public static QueueFigures of(CallCounts c, SlFormula formula, Thresholds t, String caption) {
        List<Duration> edges = t.bucketEdges();
        Ratio[] within = new Ratio[edges.size()];
        for (int i = 0; i < within.length; i++) {
            within[i] = QueueMetrics.answeredWithin(c, edges.get(i));
        }
        return new QueueFigures(c, formula, ServiceLevel.of(formula, c), caption, QueueMetrics.asa(c),
                QueueMetrics.aht(c), QueueMetrics.abandonRate(c), QueueMetrics.abandonRateExcludingShort(c),
                QueueMetrics.maxWait(c), new EdgeRatios(edges, within));
    }
}
