package io.callcenter.reports.query;

import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.ReportPeriod;
import java.util.Objects;
import java.util.Set;

/**
 * Parameters of a queue interval report (and of the abandon analysis).
 *
 * @param period the span, cut in the centre's zone
 * @param bucket row grouping
 * @param queues queue names; empty = every queue (the caller restricts a supervisor to its queues)
 * @param hours keep all quarter hours, or only those inside / outside each queue's business hours
 */
public record QueueReportQuery(ReportPeriod period, ReportBucket bucket, Set<String> queues, HoursFilter hours) {

    public QueueReportQuery {
        Objects.requireNonNull(period, "period");
        bucket = bucket == null ? ReportBucket.DAY : bucket;
        queues = queues == null ? Set.of() : Set.copyOf(queues);
        hours = hours == null ? HoursFilter.ALL : hours;
    }
}
