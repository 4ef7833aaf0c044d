package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.SlFormula;
import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.metrics.Thresholds;
import java.util.List;

/**
 * The figures of several queues together: their counts (each call classified with its own queue's thresholds)
 * summed. The SL variant is the queues' common one; when they differ, ANSWERED, and the caption says so.
 */
final class OverallFigures {

    private OverallFigures() {
    }

    /** The sum of the queues' counts, with the rules each queue's tile shows ({@link TileRules}). */
    static QueueFigures of(CallCounts sum, List<SlRules> queues) {
        if (queues.isEmpty()) {
            return QueueFigures.of(sum, SlFormula.ANSWERED, Thresholds.of(java.time.Duration.ofSeconds(20),
                    java.time.Duration.ZERO));
        }
        SlRules first = queues.get(0);
        Thresholds t = Thresholds.of(first, Thresholds.DEFAULT_EDGES);
        if (queues.stream().allMatch(first::equals)) {
            return QueueFigures.of(sum, first.slFormula(), t);
        }
        QueueFigures f = QueueFigures.of(sum, SlFormula.ANSWERED, t);
        return new QueueFigures(f.counts(), f.slFormula(), f.serviceLevel(),
                "SL (each queue's own threshold): answered within ÷ answered", f.asa(), f.aht(), f.abandonRate(),
                f.abandonRateExcludingShort(), f.maxWait(), f.answeredWithin());
    }
}
