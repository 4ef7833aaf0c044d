package io.callcenter.reports.web.dto;

import io.callcenter.reports.query.AbandonPositions;
import io.callcenter.reports.query.AbandonReport;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The abandon analysis.
 *
 * @param period what it covers
 * @param interval the row grouping
 * @param hours business-hours filter
 * @param edgesSeconds wait bin edges in seconds ({@code waitBins} has one more bin, over the last edge)
 * @param positionLabels labels of the position bins
 * @param rows one row per queue and bucket with calls
 * @param totals one row per queue for the whole period
 */
public record AbandonReportJson(PeriodJson period, String interval, String hours, List<Long> edgesSeconds,
        List<String> positionLabels, List<AbandonRowJson> rows, List<AbandonRowJson> totals) {

    public static AbandonReportJson of(PeriodJson period, AbandonReport r) {
        List<Long> edges = Stream.concat(r.rows().stream(), r.totals().stream())
                .filter(row -> !row.waits().edges().isEmpty()).findFirst()
                .map(row -> row.waits().edges().stream().map(Duration::toSeconds).toList()).orElse(List.of());
        return new AbandonReportJson(period, Times.slug(r.query().bucket()),
                Times.slug(r.query().hours()), edges, AbandonPositions.LABELS,
                r.rows().stream().map(row -> AbandonRowJson.of(row, r.zone(), edges.size())).toList(),
                r.totals().stream().map(row -> AbandonRowJson.of(row, r.zone(), edges.size())).toList());
    }
}
