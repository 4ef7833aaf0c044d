package io.callcenter.acd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.Strategy;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.demo.world.WorldSettings;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One queue end to end against the demo PBX: answer by the longest-idle agent, abandon, no-answer rollover. */
@QuarkusTest
class AcdCallFlowTest {

    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    AcdDriver acd;
    @Inject
    @RecordingPublisher.Recording
    RecordingPublisher published;

    AcdPbx pbx;
    String queue;
    String did;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 6, new ScriptedPhones(ScriptedPhones.answerAfter(300)));
        queue = AcdDriver.unique("sales");
        did = AcdDriver.unique("did");
        acd.queue(new QueueBuilder(queue, did).strategy(Strategy.LONGEST_IDLE));
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void longestIdleAgentAnswersAndTheCallIsRecorded() {
        String idle = acd.agent("1002", queue);
        String fresh = acd.agent("1001", queue);
        String caller = pbx.call(did);

        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(idle) == AgentState.ON_CALL);
        assertEquals(AgentState.READY, acd.state(fresh));
        await().atMost(Duration.ofSeconds(5)).until(() -> bridgeOf(caller).filter(b -> b.startsWith("acd-call-"))
                .isPresent());
        String bridge = bridgeOf(caller).orElseThrow();
        await().atMost(Duration.ofSeconds(5)).until(() -> mirror.bridge(pbx.asteriskId, bridge).orElseThrow()
                .channelIds().size() == 2);

        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(idle) == AgentState.READY);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, caller).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, caller);
        assertEquals("answered", row.get("outcome"));
        assertEquals(idle, row.get("agent"));
        assertEquals("caller", row.get("hangup_side"));
        assertEquals(1, row.get("enqueue_position"));
        List<String> kinds = acd.steps(pbx.asteriskId, caller).stream().map(r -> (String) r.get("kind")).toList();
        assertEquals(List.of("enqueue", "offer", "offer_result", "answer", "hangup"), kinds);
        assertEquals(List.of(AgentState.READY, AgentState.RESERVED, AgentState.ON_CALL, AgentState.READY),
                published.of(idle).stream().map(t -> t.to()).toList());
    }

    @Test
    void callerHangingUpWhileWaitingIsAnAbandonWithWaitAndPosition() {
        String agent = acd.agent("1001", queue);
        acd.pause(agent);
        String first = pbx.call(did);
        String second = pbx.call(did);
        await().atMost(Duration.ofSeconds(5)).until(() -> bridgeOf(second).filter(b -> b.startsWith("acd-hold-"))
                .isPresent());
        pbx.hangup(second);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, second).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, second);
        assertEquals("abandoned", row.get("outcome"));
        assertEquals(2, row.get("abandon_position"));
        assertTrue(((Number) row.get("abandon_wait_ms")).longValue() >= 0);
        assertEquals(null, acd.call(pbx.asteriskId, first).get("outcome"), "the first caller still waits");

        acd.ready(agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(first);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && "answered".equals(acd.call(pbx.asteriskId, first).get("outcome")));
    }

    @Test
    void anAgentWhoDoesNotAnswerIsSkippedAndAutoPaused() {
        acd.queue(new QueueBuilder(queue, did).strategy(Strategy.LINEAR).ringTimeout(Duration.ofSeconds(1))
                .autoPause(1));
        pbx.phones.set("1001", WorldSettings.Reaction.RING);
        String sleepy = acd.agent("1001", queue);
        String awake = acd.agent("1002", queue);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(awake) == AgentState.ON_CALL);
        assertEquals(AgentState.PAUSED, acd.state(sleepy));
        assertTrue(acd.view(sleepy).reason().startsWith("auto-pause"), acd.view(sleepy).reason());
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written() && acd.steps(pbx.asteriskId, caller).stream()
                .anyMatch(r -> "no_answer".equals(r.get("detail"))));
        pbx.hangup(caller);
    }

    private Optional<String> bridgeOf(String channelId) {
        return mirror.channel(pbx.asteriskId, channelId).map(ChannelView::bridgeId);
    }
}
