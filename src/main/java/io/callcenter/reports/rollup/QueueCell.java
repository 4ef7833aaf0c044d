package io.callcenter.reports.rollup;

import io.callcenter.metrics.CallCounts;
import io.callcenter.reports.query.AbandonPositions;

/**
 * What one queue rollup row holds: summed call counts and abandon positions.
 *
 * @param counts the summed {@link io.callcenter.metrics.Contributions} of the stays
 * @param positions queue positions of the abandons
 */
public record QueueCell(CallCounts counts, AbandonPositions positions) {

    /** Nothing. */
    public static final QueueCell ZERO = new QueueCell(CallCounts.ZERO, AbandonPositions.NONE);

    public QueueCell plus(QueueCell o) {
        return new QueueCell(counts.plus(o.counts), positions.plus(o.positions));
    }
}
