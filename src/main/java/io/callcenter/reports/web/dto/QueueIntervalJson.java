package io.callcenter.reports.web.dto;

import io.callcenter.reports.query.QueueIntervalReport;
import io.callcenter.reports.query.QueueRow;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The queue interval report.
 *
 * @param period what it covers
 * @param interval the row grouping
 * @param hours business-hours filter (all, open, closed)
 * @param edgesSeconds the answered-within edges, in seconds
 * @param rows one row per queue and bucket with calls
 * @param totals one row per queue for the whole period
 */
public record QueueIntervalJson(PeriodJson period, String interval, String hours, List<Long> edgesSeconds,
        List<QueueRowJson> rows, List<QueueRowJson> totals) {

    public static QueueIntervalJson of(PeriodJson period, QueueIntervalReport r) {
        List<Long> edges = Stream.concat(r.rows().stream(), r.totals().stream()).findFirst()
                .map(row -> row.figures().answeredWithin().keySet().stream().map(Duration::toSeconds).toList())
                .orElse(List.of());
        return new QueueIntervalJson(period, Times.slug(r.query().bucket()), Times.slug(r.query().hours()), edges,
                r.rows().stream().map(row -> QueueRowJson.of(row, r.zone())).toList(),
                r.totals().stream().map((QueueRow row) -> QueueRowJson.of(row, r.zone())).toList());
    }

}
