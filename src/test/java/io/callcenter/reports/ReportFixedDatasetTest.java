package io.callcenter.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.Average;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.metrics.Ratio;
import io.callcenter.reports.cdr.CallDetail;
import io.callcenter.reports.cdr.CallPage;
import io.callcenter.reports.cdr.CallRecord;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.cdr.CallSearchQuery;
import io.callcenter.reports.query.AbandonReportService;
import io.callcenter.reports.query.AbandonRow;
import io.callcenter.reports.query.AgentReportQuery;
import io.callcenter.reports.query.AgentReports;
import io.callcenter.reports.query.AgentRow;
import io.callcenter.reports.query.QueueIntervalReport;
import io.callcenter.reports.query.QueueReportQuery;
import io.callcenter.reports.query.QueueReports;
import io.callcenter.reports.query.QueueRow;
import io.callcenter.reports.rollup.ReportProjection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seven calls and one agent's day written as the ACD writes them, every report figure compared with values worked
 * out by hand (see {@link ReportDataset}), built incrementally and again after a rebuild.
 */
@QuarkusTest
class ReportFixedDatasetTest {

    @Inject
    AgroalDataSource ds;
    @Inject
    ReportProjection projection;
    @Inject
    QueueReports queueReports;
    @Inject
    AgentReports agentReports;
    @Inject
    AbandonReportService abandonReports;
    @Inject
    CallSearch search;

    ReportDataset data;

    @BeforeEach
    void load() throws Exception {
        data = new ReportDataset(new HistoryFixture(ds), projection);
        data.load();
    }

    @Test
    void queueFiguresPerQuarterHourAreTheHandComputedOnes() {
        QueueIntervalReport r = queueReports.intervalReport(query(ReportBucket.QUARTER_HOUR));
        assertEquals(2, r.rows().size());
        QueueFigures first = r.rows().get(0).figures();
        assertEquals(ReportDataset.at("10:00:00"), r.rows().get(0).bucket().start());
        CallCounts c = first.counts();
        assertEquals(5, c.offered());
        assertEquals(2, c.answered().count());
        assertEquals(1, c.answered().within());
        assertEquals(2, c.abandoned().count());
        assertEquals(1, c.shortAbandoned().count());
        assertEquals(1, c.timedOut().count());
        assertEquals(0, c.overflowed().count());
        assertEquals(1, c.afterHours());
        assertEquals(new Ratio(1, 2), first.serviceLevel());
        assertEquals(Optional.of(Duration.ofMillis(16_500)), first.asa().value());
        assertEquals(Optional.of(Duration.ofSeconds(140)), first.aht().value());
        assertEquals(Optional.of(Duration.ofSeconds(120)), first.maxWait());
        assertEquals(List.of(new Ratio(1, 2), new Ratio(1, 2), new Ratio(2, 2), new Ratio(2, 2), new Ratio(2, 2)),
                List.copyOf(first.answeredWithin().values()));

        QueueFigures second = r.rows().get(1).figures();
        assertEquals(ReportDataset.at("10:15:00"), r.rows().get(1).bucket().start());
        assertEquals(1, second.counts().offered());
        assertEquals(new Ratio(1, 1), second.serviceLevel(), "20.000 s is within a 20 s service level");
        assertEquals(new Average(0, 0), second.aht(), "answered but wrap-up not over: not handled yet");
        assertEquals(Optional.of(Duration.ofSeconds(20)), second.maxWait());
    }

    @Test
    void dayHourMonthWeekdayAndTotalAreSumsOfTheSameCalls() {
        for (ReportBucket b : List.of(ReportBucket.HOUR, ReportBucket.DAY, ReportBucket.MONTH, ReportBucket.WEEKDAY)) {
            QueueIntervalReport r = queueReports.intervalReport(query(b));
            assertEquals(1, r.rows().size(), b.name());
            QueueFigures day = r.rows().get(0).figures();
            assertEquals(6, day.counts().offered(), b.name());
            assertEquals(new Ratio(2, 3), day.serviceLevel(), b.name());
            assertEquals(Optional.of(Duration.ofMillis(17_667)), day.asa().value(), b.name());
            assertEquals(Optional.of(Duration.ofSeconds(140)), day.aht().value(), b.name());
            assertEquals(day, r.totals().get(0).figures(), b.name());
        }
        QueueRow weekday = queueReports.intervalReport(query(ReportBucket.WEEKDAY)).rows().get(0);
        assertEquals("TUESDAY", weekday.bucket().label());
        assertEquals("2026-03", queueReports.intervalReport(query(ReportBucket.MONTH)).rows().get(0).bucket().label());
        assertEquals("2026-03-10 10:00",
                queueReports.intervalReport(query(ReportBucket.HOUR)).rows().get(0).bucket().label());
    }

    @Test
    void businessHoursFilterKeepsOnlyOpenOrClosedQuarters() {
        // the test queues have no schedule: always open
        assertEquals(6, queueReports.intervalReport(new QueueReportQuery(period(), ReportBucket.DAY,
                Set.of(data.queue), HoursFilter.OPEN)).totals().get(0).figures().counts().offered());
        assertEquals(0, queueReports.intervalReport(new QueueReportQuery(period(), ReportBucket.DAY,
                Set.of(data.queue), HoursFilter.CLOSED)).totals().get(0).figures().counts().offered());
    }

    @Test
    void abandonAnalysisHasWaitsAndPositions() {
        AbandonRow row = abandonReports.analysis(query(ReportBucket.DAY)).rows().get(0);
        assertEquals(6, row.offered());
        assertEquals(2, row.abandoned().count());
        assertEquals(1, row.shortAbandoned().count());
        assertEquals(Optional.of(Duration.ofMillis(21_500)), row.averageWait().value());
        assertEquals(Duration.ofSeconds(40).toMillis(), row.abandoned().maxMs());
        assertEquals(new Ratio(2, 6), row.abandonRate());
        assertEquals(2, row.positions().count());
        assertEquals(2, row.positions().max());
        assertEquals(1.5, row.positions().average().orElseThrow());
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 0L), row.positions().bins());
        assertEquals(List.of(1L, 0L, 0L, 1L, 0L, 0L), row.waits().bins());
    }

    @Test
    void agentTimesCallsAhtAndOccupancy() {
        AgentRow a = agentReports.performance(new AgentReportQuery(period(), ReportBucket.DAY,
                Set.of(data.agentA, data.agentB))).rows().get(0);
        assertEquals(data.agentA, a.agent());
        assertEquals(Duration.ofSeconds(3000), a.loggedIn());
        assertEquals(Duration.ofSeconds(987), a.ready());
        assertEquals(Duration.ofSeconds(3), a.time().in(AgentState.RESERVED));
        assertEquals(Duration.ofSeconds(180), a.time().in(AgentState.ON_CALL));
        assertEquals(Duration.ofSeconds(30), a.time().in(AgentState.WRAP_UP));
        assertEquals(Map.of("lunch", Duration.ofSeconds(1800)), a.time().pausedByReason());
        assertEquals(new Ratio(210_000, 1_200_000), a.occupancy());
        assertEquals(3, a.calls().offers());
        assertEquals(2, a.calls().answered());
        assertEquals(1, a.calls().missed());
        assertEquals(1, a.calls().handled());
        assertEquals(170_000, a.calls().handling().talkMs());
        assertEquals(10_000, a.calls().handling().holdMs());
        assertEquals(Optional.of(Duration.ofSeconds(210)), a.calls().aht().value());

        List<AgentRow> quarters = agentReports.performance(new AgentReportQuery(period(), ReportBucket.QUARTER_HOUR,
                Set.of(data.agentA))).rows();
        AgentRow q10 = quarters.stream().filter(r -> r.bucket().start().equals(ReportDataset.at("10:00:00")))
                .findFirst().orElseThrow();
        assertEquals(Duration.ofSeconds(387), q10.ready());
        assertEquals(Duration.ofSeconds(300), q10.time().in(AgentState.PAUSED));
        assertEquals(Duration.ofMinutes(15), q10.loggedIn());

        // an hour row is made of quarter rows: the lunch (1,800 s over the day) is counted once per hour, not per quarter
        List<AgentRow> hours = agentReports.performance(new AgentReportQuery(period(), ReportBucket.HOUR,
                Set.of(data.agentA))).rows();
        assertEquals(Duration.ofSeconds(1800), hours.stream().map(r -> r.time().pausedByReason()
                .getOrDefault("lunch", Duration.ZERO)).reduce(Duration.ZERO, Duration::plus));
        hours.forEach(r -> assertEquals(r.time().in(AgentState.PAUSED), r.time().pausedByReason().values().stream()
                .reduce(Duration.ZERO, Duration::plus), "pauses by reason add up to the pause time in " + r.bucket()));

        AgentRow b = agentReports.performance(new AgentReportQuery(period(), ReportBucket.TOTAL,
                Set.of(data.agentB))).totals().get(0);
        assertEquals(1, b.calls().handled());
        assertEquals(Optional.of(Duration.ofSeconds(70)), b.calls().aht().value());
    }

    @Test
    void cdrAndCallSearch() {
        CallPage page = search.search(new CallSearchQuery(period().start(), period().end(), Set.of(data.queue),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), 4, Optional.empty(),
                0));
        assertEquals(4, page.calls().size());
        assertEquals(data.call(7), page.calls().get(0).callId(), "newest first");
        CallPage next = search.search(CallSearchQuery.range(period().start(), period().end()).after(
                page.next().orElseThrow()));
        assertTrue(next.calls().stream().anyMatch(c -> c.callId().equals(data.call(1))));

        CallRecord c1 = search.detail(HistoryFixture.AST, data.call(1)).orElseThrow().record();
        assertEquals(Optional.of(CallOutcome.ANSWERED), c1.outcome());
        assertEquals(Optional.of(data.agentA), c1.agent());
        assertEquals(Duration.ofSeconds(8), c1.waited());
        assertEquals(Optional.of(Duration.ofSeconds(170)), c1.talk());
        assertEquals(Duration.ofSeconds(10), c1.hold());
        assertEquals(Optional.of(Duration.ofSeconds(30)), c1.wrap());
        assertEquals(Optional.of("caller"), c1.hangupSide());

        CallDetail c2 = search.detail(HistoryFixture.AST, data.call(2)).orElseThrow();
        assertEquals(List.of(data.agentA, data.agentB), c2.record().agentsOffered());
        assertEquals(List.of("caller", "agent", "agent"), c2.legs().stream().map(l -> l.role()).toList());
        assertEquals(Optional.of("no_answer"), c2.legs().get(1).result());
        assertEquals(List.of("enqueue", "offer", "offer_result", "offer", "offer_result", "answer", "hangup"),
                c2.timeline().stream().map(t -> t.kind()).toList());

        // this run's queue only: other tests load the same dataset (same numbers, same day) under other names
        List<String> timeouts = search.search(new CallSearchQuery(period().start(), period().end(), Set.of(data.queue),
                Optional.empty(), Optional.of("5551005"), Set.of(CallOutcome.TIMEOUT), Optional.empty(),
                Optional.empty(), 10, Optional.empty(), 0)).calls().stream().map(CallRecord::callId).toList();
        assertEquals(List.of(data.call(5)), timeouts);
        List<String> longCalls = search.search(new CallSearchQuery(period().start(), period().end(),
                Set.of(data.queue), Optional.empty(), Optional.of("555100*"), Set.of(), Optional.of(Duration
                        .ofSeconds(100)), Optional.empty(), 10, Optional.empty(), 0)).calls().stream()
                .map(CallRecord::callId).toList();
        assertEquals(List.of(data.call(5), data.call(1)), longCalls);
    }

    @Test
    void rebuildGivesIdenticalReports() throws Exception {
        List<Object> before = everything();
        // the reports really read the aggregates: without this queue's quarter rollups they differ
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from report_queue_quarter where queue = ?")) {
            ps.setString(1, data.queue);
            assertTrue(ps.executeUpdate() > 0);
        }
        assertNotEquals(before, everything());
        projection.rebuild();
        assertEquals(before, everything());
    }

    /** Every report at every grain and hours filter, the whole call search and every call's detail. */
    private List<Object> everything() {
        List<Object> all = new ArrayList<>();
        for (ReportBucket bucket : ReportBucket.values()) {
            for (HoursFilter hours : HoursFilter.values()) {
                QueueReportQuery q = new QueueReportQuery(period(), bucket, Set.of(data.queue), hours);
                all.add(queueReports.intervalReport(q));
                all.add(abandonReports.analysis(q));
            }
            all.add(agentReports.performance(new AgentReportQuery(period(), bucket, Set.of(data.agentA, data.agentB))));
        }
        CallPage calls = search.search(new CallSearchQuery(period().start(), period().end(), Set.of(data.queue),
                Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), 100,
                Optional.empty(), 0));
        assertEquals(7, calls.calls().size(), "every call of the day");
        all.add(calls);
        calls.calls().forEach(c -> all.add(search.detail(c.asteriskId(), c.callId()).orElseThrow()));
        return all;
    }

    private QueueReportQuery query(ReportBucket bucket) {
        return new QueueReportQuery(period(), bucket, Set.of(data.queue), HoursFilter.ALL);
    }

    private static ReportPeriod period() {
        return new ReportPeriod(LocalDate.of(2026, 3, 10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                LocalDate.of(2026, 3, 11).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }
}
