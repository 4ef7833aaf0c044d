package io.callcenter.reports.web;

import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.cdr.CallCursor;
import java.util.List;
import java.util.Optional;

/**
 * One checked report request, read from query parameters or a saved definition by {@link ReportRequests}.
 *
 * @param type which report
 * @param period the period and zone
 * @param queues queues asked for; empty = every queue the user may see
 * @param agents agents asked for; empty = every agent the user may see
 * @param bucket row grouping (interval, agent and abandon reports)
 * @param hours business-hours filter (interval and abandon reports)
 * @param calls call-search filters
 * @param after call search: continue after this call (the previous page's {@code next})
 * @param page call search without a cursor: 0-based page
 * @param size call-search page size
 */
public record ReportRequest(ReportType type, Period period, List<String> queues, List<String> agents,
        ReportBucket bucket, HoursFilter hours, CallFilter calls, Optional<CallCursor> after, int page, int size) {
}
