package io.callcenter.reports.web.dto;

import io.callcenter.reports.query.AgentPerformanceReport;
import java.util.List;
import java.util.stream.Stream;

/**
 * The agent performance report.
 *
 * @param period what it covers
 * @param interval the row grouping
 * @param rows one row per agent and bucket with any time or call
 * @param totals one row per agent for the whole period
 */
public record AgentReportJson(PeriodJson period, String interval, List<AgentRowJson> rows, List<AgentRowJson> totals) {

    /** Every pause reason in any row, sorted: the report's pause columns. */
    public List<String> pauseReasons() {
        return Stream.concat(rows.stream(), totals.stream()).flatMap(r -> r.pausedByReasonMs().keySet().stream())
                .distinct().sorted().toList();
    }

    public static AgentReportJson of(PeriodJson period, AgentPerformanceReport r) {
        return new AgentReportJson(period, Times.slug(r.query().bucket()),
                r.rows().stream().map(row -> AgentRowJson.of(row, r.zone())).toList(),
                r.totals().stream().map(row -> AgentRowJson.of(row, r.zone())).toList());
    }
}
