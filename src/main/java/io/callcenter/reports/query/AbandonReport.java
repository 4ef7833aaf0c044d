package io.callcenter.reports.query;

import java.time.ZoneId;
import java.util.List;

/**
 * The abandon analysis.
 *
 * @param query what was asked
 * @param zone the centre's zone the buckets are cut in
 * @param rows one row per queue and bucket with calls, ordered by queue then bucket start
 * @param totals one row per queue for the whole period
 */
public record AbandonReport(QueueReportQuery query, ZoneId zone, List<AbandonRow> rows, List<AbandonRow> totals) {
}
