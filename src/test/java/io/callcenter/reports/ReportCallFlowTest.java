package io.callcenter.reports;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.centre.CentreConfig;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.reports.cdr.CallDetail;
import io.callcenter.reports.cdr.CallRecord;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.query.AgentReportQuery;
import io.callcenter.reports.query.AgentReports;
import io.callcenter.reports.query.QueueReportQuery;
import io.callcenter.reports.query.QueueReports;
import io.callcenter.reports.rollup.ReportProjection;
import io.quarkus.test.junit.QuarkusTest;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.WallboardFigures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A demo call driven through the ACD: its CDR and the queue report say what happened. */
@QuarkusTest
class ReportCallFlowTest {

    @Inject
    WallboardFigures wallboard;
    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    ReportProjection projection;
    @Inject
    CallSearch search;
    @Inject
    QueueReports reports;
    @Inject
    CentreConfig centre;
    @Inject
    AgentReports agents;

    AcdPbx pbx;
    String queue;
    String did;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 4, new ScriptedPhones(ScriptedPhones.answerAfter(300)));
        queue = AcdDriver.unique("rep");
        did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did).wrapUp(Duration.ofSeconds(1)));
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void answeredAndAbandonedCallsBecomeCdrsAndCounts() {
        Instant start = Instant.now();
        String agent = acd.agent("1001", queue);
        String answered = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(answered);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(agent) == AgentState.READY);
        acd.pause(agent);
        String abandoned = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, abandoned).get("enqueued_at") != null);
        pbx.hangup(abandoned);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            projection.catchUp();
            return cdr(answered).flatMap(CallRecord::wrap).isPresent() && cdr(abandoned).flatMap(CallRecord::endedAt)
                    .isPresent();
        });
        Map<String, Object> row = acd.call(pbx.asteriskId, answered);
        CallRecord a = cdr(answered).orElseThrow();
        assertEquals(Optional.of(CallOutcome.ANSWERED), a.outcome());
        assertEquals(Optional.of(agent), a.agent());
        assertEquals(List.of(agent), a.agentsOffered());
        assertEquals(List.of(queue), a.queues());
        assertEquals(did, a.did());
        assertEquals(Optional.of("caller"), a.hangupSide());
        Instant enqueued = (Instant) row.get("enqueued_at");
        Instant answeredAt = (Instant) row.get("answered_at");
        assertEquals(Duration.ofMillis(Duration.between(enqueued, answeredAt).toMillis()), a.waited(), "wait truncated to ms");
        assertTrue(a.talk().orElseThrow().compareTo(Duration.ZERO) > 0);
        assertTrue(a.wrap().orElseThrow().compareTo(Duration.ofMillis(900)) >= 0, "1 s wrap-up: " + a.wrap());

        CallRecord b = cdr(abandoned).orElseThrow();
        assertEquals(Optional.of(CallOutcome.ABANDONED), b.outcome());
        assertEquals(Optional.of(1), b.abandonPosition());
        assertEquals(List.of(), b.agentsOffered());

        CallDetail detail = search.detail(pbx.asteriskId, answered).orElseThrow();
        assertEquals(List.of("caller", "agent"), detail.legs().stream().map(l -> l.role()).toList());
        assertEquals(Optional.of("answered"), detail.legs().get(1).result());
        await().atMost(Duration.ofSeconds(10)).until(() -> search.detail(pbx.asteriskId, answered).orElseThrow()
                .timeline().stream().anyMatch(t -> "ari".equals(t.source()) && "StasisStart".equals(t.kind())));

        ReportPeriod today = ReportPeriod.days(centre.businessDay().dateOf(start),
                centre.businessDay().dateOf(Instant.now()), centre.businessDay());
        QueueFigures reportDay = reports.intervalReport(new QueueReportQuery(today, ReportBucket.TOTAL, Set.of(queue),
                HoursFilter.ALL)).totals().get(0).figures();
        CallCounts day = reportDay.counts();
        assertEquals(2, day.offered());
        assertEquals(1, day.answered().count());
        assertEquals(1, day.abandoned().count());
        assertEquals(1, day.handling().handled());
        assertEquals(a.talk().orElseThrow().toMillis(), day.handling().talkMs());

        // one set of definitions: the wallboard's business day shows exactly the report's figures for that day
        // (counts and every figure derived from them: SL and its caption, ASA, AHT, abandon rates, max wait,
        // answered-within), in the queue's tile and the overall tile, and the agent's calls handled
        long agentAnswered = agents.performance(new AgentReportQuery(today, ReportBucket.TOTAL, Set.of(agent)))
                .totals().get(0).calls().answered();
        assertEquals(1, agentAnswered);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Snapshot board = wallboard.at(Instant.now(), Set.of(queue), Period.businessDay());
            assertEquals(reportDay, board.queues().get(queue).figures());
            assertEquals(reportDay, board.overall().figures());
            assertEquals(agentAnswered, board.agents().stream().filter(r -> r.username().equals(agent)).findFirst()
                    .orElseThrow().callsHandled());
        });
    }

    private Optional<CallRecord> cdr(String callId) {
        return search.detail(pbx.asteriskId, callId).map(CallDetail::record);
    }
}
