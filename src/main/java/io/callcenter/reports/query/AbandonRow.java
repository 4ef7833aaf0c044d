package io.callcenter.reports.query;

import io.callcenter.metrics.Average;
import io.callcenter.metrics.QueueMetrics;
import io.callcenter.metrics.Ratio;
import io.callcenter.metrics.WaitHistogram;
import io.callcenter.metrics.WaitStats;
import io.callcenter.reports.Bucket;

/**
 * Abandons of one queue in one bucket.
 *
 * @param queue the queue
 * @param bucket the time bucket
 * @param offered calls offered (the abandon rate's denominator)
 * @param abandoned waits of the abandoned calls (count, within SL, sum, max)
 * @param shortAbandoned the short abandons among them
 * @param waits distribution of the abandoned calls' waits over the distribution edges
 * @param positions queue positions at abandon
 */
public record AbandonRow(String queue, Bucket bucket, long offered, WaitStats abandoned, WaitStats shortAbandoned,
        WaitHistogram waits, AbandonPositions positions) {

    /** Average wait before abandoning, {@link QueueMetrics#averageAbandonWait}'s definition. */
    public Average averageWait() {
        return new Average(abandoned.sumMs(), abandoned.count());
    }

    /** Abandoned ÷ offered, {@link QueueMetrics#abandonRate}'s definition. */
    public Ratio abandonRate() {
        return new Ratio(abandoned.count(), offered);
    }
}
