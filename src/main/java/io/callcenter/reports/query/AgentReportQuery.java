package io.callcenter.reports.query;

import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.ReportPeriod;
import java.util.Objects;
import java.util.Set;

/**
 * Parameters of the agent performance report.
 *
 * @param period the span, cut in the centre's zone
 * @param bucket row grouping
 * @param agents usernames; empty = every agent (the caller restricts a supervisor to the agents of its queues)
 */
public record AgentReportQuery(ReportPeriod period, ReportBucket bucket, Set<String> agents) {

    public AgentReportQuery {
        Objects.requireNonNull(period, "period");
        bucket = bucket == null ? ReportBucket.DAY : bucket;
        agents = agents == null ? Set.of() : Set.copyOf(agents);
    }
}
