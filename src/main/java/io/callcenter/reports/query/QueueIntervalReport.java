package io.callcenter.reports.query;

import java.time.ZoneId;
import java.util.List;

/**
 * The queue interval report.
 *
 * @param query what was asked
 * @param zone the centre's zone the buckets are cut in
 * @param rows one row per queue and bucket that had calls, ordered by queue then bucket start
 * @param totals one row per queue for the whole period (bucket kind TOTAL), also for queues without calls
 */
public record QueueIntervalReport(QueueReportQuery query, ZoneId zone, List<QueueRow> rows, List<QueueRow> totals) {
}
