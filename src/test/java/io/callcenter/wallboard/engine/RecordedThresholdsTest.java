package io.callcenter.wallboard.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.centre.CentreConfig;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.metrics.CallCounts;
import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.ReportPeriod;
import io.callcenter.reports.query.QueueReportQuery;
import io.callcenter.reports.query.QueueReports;
import io.callcenter.reports.rollup.ReportProjection;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.QueueTile;
import io.callcenter.wallboard.figures.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A queue's service-level threshold and short-abandon cut are changed after some calls: those calls keep the
 * classification they got when they entered the queue, in the live wallboard, in time travel to before the change
 * and in a report rebuilt from the history; calls after the change use the new values.
 */
@QuarkusTest
class RecordedThresholdsTest {

    private static final Period DAY = Period.businessDay();

    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    AcdDirectory directory;
    @Inject
    WallboardEngine engine;
    @Inject
    ReportProjection projection;
    @Inject
    QueueReports reports;
    @Inject
    CentreConfig centre;

    AcdPbx pbx;
    String queue;
    String did;
    String agent;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 2, new ScriptedPhones(ScriptedPhones.answerAfter(100)));
        queue = AcdDriver.unique("thr");
        did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did).serviceLevel(60, 60));
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void aThresholdChangeDoesNotReclassifyEarlierCalls() {
        Instant start = Instant.now();
        agent = acd.agent("1001", queue);
        acd.pause(agent);
        answeredAfterMoreThanOneSecond();
        String abandoned = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> tile(engine.live(Set.of(queue), DAY)).waiting() == 1);
        pbx.hangup(abandoned);
        Snapshot before = await().atMost(Duration.ofSeconds(10)).until(() -> engine.live(Set.of(queue), DAY),
                s -> counts(s).abandoned().count() == 1 && counts(s).answered().count() == 1);
        // 60 s threshold and cut: the answer (after > 1 s) is within, the abandon is a short one
        assertEquals(1, counts(before).answered().within());
        assertEquals(1, counts(before).shortAbandoned().count());

        acd.queue(new QueueBuilder(queue, did).serviceLevel(1, 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> directory.queue(queue).orElseThrow().serviceLevel()
                .equals(Duration.ofSeconds(1)));
        answeredAfterMoreThanOneSecond();
        Snapshot after = await().atMost(Duration.ofSeconds(10)).until(() -> engine.live(Set.of(queue), DAY),
                s -> counts(s).answered().count() == 2);
        assertEquals(1, counts(after).answered().within(), "the new call is classified with 1 s, the old one kept 60 s");
        assertEquals(1, counts(after).shortAbandoned().count());

        // time travel to before the change shows what the wallboard showed then
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(before.at().plusSeconds(2)));
        assertEquals(before, engine.at(before.at(), Set.of(queue), DAY));

        // the reports, rebuilt from the history, classify each call as it was classified when it arrived
        await().atMost(Duration.ofSeconds(10)).until(acd::written);
        projection.rebuild();
        ReportPeriod today = ReportPeriod.days(centre.businessDay().dateOf(start),
                centre.businessDay().dateOf(Instant.now()), centre.businessDay());
        CallCounts day = reports.intervalReport(new QueueReportQuery(today, ReportBucket.TOTAL, Set.of(queue),
                HoursFilter.ALL)).totals().get(0).figures().counts();
        assertEquals(2, day.answered().count());
        assertEquals(1, day.answered().within());
        assertEquals(1, day.shortAbandoned().count());
    }

    /** A call that waits over a second (the agent is paused), then is answered and hung up; the agent pauses again. */
    private void answeredAfterMoreThanOneSecond() {
        String call = pbx.call(did);
        Instant called = Instant.now();
        await().atMost(Duration.ofSeconds(10)).until(() -> tile(engine.live(Set.of(queue), DAY)).waiting() == 1
                && Instant.now().isAfter(called.plusMillis(1_300)));
        acd.ready(agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(call);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.READY);
        acd.pause(agent);
    }

    private QueueTile tile(Snapshot s) {
        return s.queues().get(queue);
    }

    private CallCounts counts(Snapshot s) {
        return tile(s).figures().counts();
    }
}
