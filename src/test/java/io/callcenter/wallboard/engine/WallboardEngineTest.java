package io.callcenter.wallboard.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.QueueTile;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.WallboardChanged;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Demo calls through the ACD, then the wallboard: live figures, the same figures after a rebuild from PostgreSQL
 * (what a restarted backend does), and time travel to the instants the live figures were read at.
 */
@QuarkusTest
class WallboardEngineTest {

    private static final Period DAY = Period.businessDay();

    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    WallboardEngine engine;
    @Inject
    LiveLedger live;
    @Inject
    ChangeRecorder changes;

    AcdPbx pbx;
    String queue;
    String did;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 2, new ScriptedPhones(ScriptedPhones.answerAfter(300)));
        queue = AcdDriver.unique("wb");
        did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did).wrapUp(Duration.ofSeconds(1)));
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void liveFiguresSurviveARebuildAndEqualTimeTravel() {
        engine.live(Set.of(queue), DAY); // the live engine starts on first use
        String agent = acd.agent("1001", queue);
        String first = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        Snapshot talking = await().atMost(Duration.ofSeconds(10)).until(() -> engine.live(Set.of(queue), DAY),
                s -> tile(s).answered() == 1 && tile(s).agentsByState().get(AgentState.ON_CALL) == 1);

        pbx.hangup(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.READY);
        acd.pause(agent);
        int before = changes.events().size();
        Instant called = Instant.now();
        String second = pbx.call(did);
        WallboardChanged urgent = await().atMost(Duration.ofSeconds(5)).until(
                () -> changes.events().stream().skip(before).filter(e -> e.newWaitingCaller()).findFirst(),
                e -> e.isPresent()).orElseThrow();
        assertTrue(urgent.queues().isEmpty() || urgent.queues().contains(queue), urgent.toString());
        assertTrue(Duration.between(called, urgent.at()).compareTo(Duration.ofSeconds(3)) < 0,
                "a new waiting caller is announced at once: " + Duration.between(called, urgent.at()));
        String third = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> tile(engine.live(Set.of(queue), DAY)).waiting() == 2);
        pbx.hangup(third);

        Snapshot now = await().atMost(Duration.ofSeconds(10)).until(() -> engine.live(Set.of(queue), DAY),
                s -> tile(s).abandoned() == 1 && tile(s).figures().counts().handling().handled() == 1);
        QueueTile t = tile(now);
        assertEquals(3, t.offered());
        assertEquals(1, t.answered());
        assertEquals(1, t.waiting());
        assertEquals(1, t.agentsByState().get(AgentState.PAUSED));
        assertEquals(second, now.waiting().get(0).callId().substring(pbx.asteriskId.length() + 1));
        assertEquals(1, now.agents().stream().filter(a -> a.username().equals(agent)).findFirst().orElseThrow()
                .callsHandled());

        // restart: the live rows are loaded again from PostgreSQL; the fold at the same instant gives the same
        assertEquals(now, engine.fold(live.rebuild().ledger(), now.at(), Set.of(queue), DAY));

        // time travel: once the instants are past, the stored rows give what the live engine showed then
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(now.at().plusSeconds(3)));
        assertEquals(talking, engine.at(talking.at(), Set.of(queue), DAY));
        assertEquals(now, engine.at(now.at(), Set.of(queue), DAY));
        pbx.hangup(second);
    }

    private QueueTile tile(Snapshot s) {
        return s.queues().get(queue);
    }
}
