package io.callcenter.reports.query;

import io.callcenter.metrics.QueueFigures;
import io.callcenter.reports.Bucket;

/**
 * One queue in one bucket: every figure comes from {@link QueueFigures} (offered, answered, abandoned and short
 * abandons are in {@code figures.counts()}; SL by the queue's formula, ASA, AHT, max wait, answered-within
 * distribution).
 *
 * @param queue the queue
 * @param bucket the time bucket
 * @param figures the metrics of the summed rollups
 */
public record QueueRow(String queue, Bucket bucket, QueueFigures figures) {
}
