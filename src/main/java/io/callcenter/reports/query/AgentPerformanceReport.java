package io.callcenter.reports.query;

import java.time.ZoneId;
import java.util.List;

/**
 * The agent performance report.
 *
 * @param query what was asked
 * @param zone the centre's zone the buckets are cut in
 * @param rows one row per agent and bucket with any time or call, ordered by agent then bucket start
 * @param totals one row per agent for the whole period (bucket kind TOTAL)
 */
public record AgentPerformanceReport(AgentReportQuery query, ZoneId zone, List<AgentRow> rows, List<AgentRow> totals) {
}
