package io.callcenter.reports.web.dto;

import io.callcenter.reports.query.AbandonRow;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;

/**
 * Abandons of one queue in one bucket.
 *
 * @param queue the queue
 * @param bucket the time bucket
 * @param offered calls offered
 * @param abandoned calls abandoned
 * @param shortAbandoned abandons under the short-abandon cut
 * @param abandonRate abandoned ÷ offered in percent
 * @param averageWaitMs average wait before hanging up
 * @param maxWaitMs longest wait before hanging up
 * @param waitBins abandons per wait bin: up to each of {@code edgesSeconds}, then over the last
 * @param averagePosition average queue position at abandon (1 = first in line)
 * @param maxPosition highest position at abandon
 * @param positionBins abandons per position bin, labelled by {@code positionLabels}
 */
public record AbandonRowJson(String queue, BucketJson bucket, long offered, long abandoned, long shortAbandoned,
        Double abandonRate, Long averageWaitMs, Long maxWaitMs, List<Long> waitBins, Double averagePosition,
        Long maxPosition, List<Long> positionBins) {

    public static AbandonRowJson of(AbandonRow row, ZoneId zone, int edgeCount) {
        var positions = row.positions();
        return new AbandonRowJson(row.queue(), BucketJson.of(row.bucket(), zone), row.offered(),
                row.abandoned().count(), row.shortAbandoned().count(), Times.percent(row.abandonRate()),
                Times.ms(row.averageWait()), row.abandoned().count() == 0 ? null : row.abandoned().maxMs(),
                // a row without abandons may carry the edgeless empty histogram: show its zeros in the report's bins
                row.waits().edges().size() == edgeCount ? row.waits().bins()
                        : Collections.nCopies(edgeCount + 1, 0L), positions.average().isPresent()
                        ? Math.round(positions.average().getAsDouble() * 10) / 10.0 : null,
                positions.count() == 0 ? null : positions.max(), positions.bins());
    }
}
