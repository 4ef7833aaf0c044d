package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlFormula;
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

    static QueueFigures of(CallCounts sum, List<QueueConfig> queues) {
        if (queues.isEmpty()) {
            return QueueFigures.of(sum, SlFormula.ANSWERED, Thresholds.of(java.time.Duration.ofSeconds(20),
                    java.time.Duration.ZERO));
        }
        QueueConfig first = queues.get(0);
        boolean same = queues.stream().allMatch(q -> q.slFormula() == first.slFormula()
                && q.serviceLevel().equals(first.serviceLevel()) && q.shortAbandon().equals(first.shortAbandon()));
        if (same) {
            return QueueFigures.of(sum, first.slFormula(), Selection.thresholds(first));
        }
        QueueFigures f = QueueFigures.of(sum, SlFormula.ANSWERED, Selection.thresholds(first));
        return new QueueFigures(f.counts(), f.slFormula(), f.serviceLevel(),
                "SL (each queue's own threshold): answered within ÷ answered", f.asa(), f.aht(), f.abandonRate(),
                f.abandonRateExcludingShort(), f.maxWait(), f.answeredWithin());
    }
}
