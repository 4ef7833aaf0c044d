package io.callcenter.reports.web;

import java.util.List;

/**
 * One checked report request, read from query parameters or a saved definition by {@link ReportRequests}.
 *
 * @param type which report
 * @param period the period and zone
 * @param queues queues asked for; empty = every queue the user may see
 * @param agents agents asked for; empty = every agent the user may see
 * @param interval row buckets (interval and abandon reports)
 * @param hours business-hours filter
 * @param calls call-search filters
 * @param page 0-based call-search page
 * @param size call-search page size
 */
public record ReportRequest(ReportType type, Period period, List<String> queues, List<String> agents, Interval interval,
        Hours hours, CallFilter calls, int page, int size) {

    /** Which calls count by their arrival time against the queue's business hours. */
    public enum Hours {
        ALL, BUSINESS, OUTSIDE
    }
}
