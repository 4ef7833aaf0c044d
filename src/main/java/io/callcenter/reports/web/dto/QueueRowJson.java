package io.callcenter.reports.web.dto;

import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.reports.query.QueueRow;
import java.time.ZoneId;
import java.util.List;

/**
 * One queue in one bucket of the interval report; every figure is {@link QueueFigures}' (io.callcenter.metrics).
 *
 * @param queue the queue
 * @param bucket the time bucket
 * @param offered calls offered
 * @param answered calls answered (transferred included)
 * @param abandoned calls abandoned (short abandons included)
 * @param shortAbandoned abandons under the short-abandon cut
 * @param timedOut calls sent on at max wait
 * @param overflowed calls sent on for another reason
 * @param transferred answered calls transferred onwards
 * @param afterHours calls that arrived while closed (not offered)
 * @param serviceLevel SL in percent by the queue's formula, null without value
 * @param serviceLevelCaption how that SL is computed
 * @param asaMs average speed of answer
 * @param ahtMs average handling time
 * @param maxWaitMs longest wait of a call that left the queue
 * @param abandonRate abandoned ÷ offered in percent
 * @param abandonRateExcludingShort the same without short abandons
 * @param answeredWithin percent of answered calls answered within each edge of {@code edgesSeconds}
 */
public record QueueRowJson(String queue, BucketJson bucket, long offered, long answered, long abandoned,
        long shortAbandoned, long timedOut, long overflowed, long transferred, long afterHours, Double serviceLevel,
        String serviceLevelCaption, Long asaMs, Long ahtMs, Long maxWaitMs, Double abandonRate,
        Double abandonRateExcludingShort, List<Double> answeredWithin) {

    public static QueueRowJson of(QueueRow row, ZoneId zone) {
        QueueFigures f = row.figures();
        CallCounts c = f.counts();
        return new QueueRowJson(row.queue(), BucketJson.of(row.bucket(), zone), c.offered(), c.answered().count(),
                c.abandoned().count(), c.shortAbandoned().count(), c.timedOut().count(), c.overflowed().count(),
                c.transferred(), c.afterHours(), Times.percent(f.serviceLevel()), f.serviceLevelCaption(),
                Times.ms(f.asa()), Times.ms(f.aht()), Times.ms(f.maxWait()), Times.percent(f.abandonRate()),
                Times.percent(f.abandonRateExcludingShort()),
                f.answeredWithin().values().stream().map(Times::percent).toList());
    }
}
