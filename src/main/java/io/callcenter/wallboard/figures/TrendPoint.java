package io.callcenter.wallboard.figures;

import io.callcenter.metrics.Ratio;

/**
 * One bucket of a sparkline: the calls enqueued in {@code [startMs, endMs)} as known at the trend's instant.
 *
 * @param startMs bucket start, epoch milliseconds
 * @param endMs bucket end, epoch milliseconds (the last bucket ends at the trend's instant at most)
 * @param offered calls offered in the bucket
 * @param answered of those, answered
 * @param abandoned of those, abandoned
 * @param serviceLevel the queue's SL variant over the bucket's calls (overall: as the overall tile); empty when 0 ÷ 0
 * @param waitingAtEnd callers waiting at the bucket's end (or at the trend's instant for the running bucket)
 */
public record TrendPoint(long startMs, long endMs, long offered, long answered, long abandoned, Ratio serviceLevel,
        int waitingAtEnd) {
}
