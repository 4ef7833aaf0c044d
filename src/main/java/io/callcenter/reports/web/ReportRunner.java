package io.callcenter.reports.web;

import io.callcenter.reports.ReportPeriod;
import io.callcenter.reports.cdr.CallCursor;
import io.callcenter.reports.cdr.CallPage;
import io.callcenter.reports.cdr.CallRecord;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.cdr.CallSearchQuery;
import io.callcenter.reports.query.AbandonReports;
import io.callcenter.reports.query.AgentReportQuery;
import io.callcenter.reports.query.AgentReports;
import io.callcenter.reports.query.QueueReportQuery;
import io.callcenter.reports.query.QueueReports;
import io.callcenter.reports.web.dto.AbandonReportJson;
import io.callcenter.reports.web.dto.AgentReportJson;
import io.callcenter.reports.web.dto.CallJson;
import io.callcenter.reports.web.dto.CallPageJson;
import io.callcenter.reports.web.dto.PeriodJson;
import io.callcenter.reports.web.dto.QueueIntervalJson;
import io.callcenter.reports.web.dto.Times;
import io.callcenter.reports.cdr.CallDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a checked request within its scope against the report queries of {@code io.callcenter.reports} and shapes the
 * answer for the wire. An empty scope (a supervisor without queues) gives an empty report without asking the
 * database, because an empty set means "everything" to the queries.
 */
@ApplicationScoped
public class ReportRunner {

    @Inject
    QueueReports queueReports;

    @Inject
    AgentReports agentReports;

    @Inject
    AbandonReports abandonReports;

    @Inject
    CallSearch callSearch;

    public QueueIntervalJson queueInterval(ReportRequest r, ReportScope scope) {
        PeriodJson period = PeriodJson.of(r.period());
        if (!scope.allQueues() && scope.queues().isEmpty()) {
            return new QueueIntervalJson(period, Times.slug(r.bucket()), Times.slug(r.hours()), List.of(), List.of(),
                    List.of());
        }
        return QueueIntervalJson.of(period, queueReports.intervalReport(queueQuery(r, scope)));
    }

    public AbandonReportJson abandons(ReportRequest r, ReportScope scope) {
        PeriodJson period = PeriodJson.of(r.period());
        if (!scope.allQueues() && scope.queues().isEmpty()) {
            return new AbandonReportJson(period, Times.slug(r.bucket()), Times.slug(r.hours()), List.of(), List.of(),
                    List.of(), List.of());
        }
        return AbandonReportJson.of(period, abandonReports.analysis(queueQuery(r, scope)));
    }

    public AgentReportJson agents(ReportRequest r, ReportScope scope) {
        PeriodJson period = PeriodJson.of(r.period());
        if (!scope.allAgents() && scope.agents().isEmpty()) {
            return new AgentReportJson(period, Times.slug(r.bucket()), List.of(), List.of());
        }
        return AgentReportJson.of(period, agentReports.performance(new AgentReportQuery(period(r), r.bucket(),
                scope.allAgents() ? Set.of() : scope.agents())));
    }

    public CallPageJson calls(ReportRequest r, ReportScope scope) {
        PeriodJson period = PeriodJson.of(r.period());
        if (!scope.allQueues() && scope.queues().isEmpty()) {
            return new CallPageJson(period, r.page(), r.size(), List.of(), null);
        }
        CallPage page = callSearch.search(callQuery(r, scope, r.size()));
        return new CallPageJson(period, r.page(), r.size(),
                page.calls().stream().map(c -> CallJson.of(c, r.period().zone())).toList(),
                page.next().map(CallCursor::token).orElse(null));
    }

    /** Every matching call, newest first, pushed to the sink from a database cursor on the calling thread. */
    public void eachCall(ReportRequest r, ReportScope scope, Consumer<CallRecord> sink) {
        if (scope.allQueues() || !scope.queues().isEmpty()) {
            callSearch.forEach(callQuery(r, scope, CallSearchQuery.MAX_LIMIT), sink);
        }
    }

    /** One call's detail; empty when there is no such call. */
    public Optional<CallDetail> call(String asteriskId, String callId) {
        return callSearch.detail(asteriskId, callId);
    }

    private static QueueReportQuery queueQuery(ReportRequest r, ReportScope scope) {
        return new QueueReportQuery(period(r), r.bucket(), scope.allQueues() ? Set.of() : scope.queues(), r.hours());
    }

    private static CallSearchQuery callQuery(ReportRequest r, ReportScope scope, int limit) {
        CallFilter f = r.calls();
        boolean paged = limit == r.size();
        return new CallSearchQuery(r.period().window().start(), r.period().window().end(),
                scope.allQueues() ? Set.of() : scope.queues(), r.agents().stream().findFirst(), f.number(),
                f.outcomes(), f.minDuration(), f.maxDuration(), limit, paged ? r.after() : Optional.empty(),
                paged && r.after().isEmpty() ? r.page() * r.size() : 0);
    }

    private static ReportPeriod period(ReportRequest r) {
        return new ReportPeriod(r.period().window().start(), r.period().window().end());
    }
}
