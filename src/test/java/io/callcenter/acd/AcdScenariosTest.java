package io.callcenter.acd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.call.Recovery;
import io.callcenter.acd.config.Strategy;
import io.callcenter.acd.config.Target;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overflow on max wait, wrap-up timer, ring-all, restart mid-call: end to end against the demo PBX. */
@QuarkusTest
class AcdScenariosTest {

    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    AcdDriver acd;
    @Inject
    Recovery recovery;

    AcdPbx pbx;
    String queue;
    String did;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 6, new ScriptedPhones(ScriptedPhones.answerAfter(300)));
        queue = AcdDriver.unique("support");
        did = AcdDriver.unique("did");
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void maxWaitSendsTheCallerToTheOverflowQueueWhereAnAgentAnswers() {
        String spill = AcdDriver.unique("spill");
        acd.queue(new QueueBuilder(spill, AcdDriver.unique("did")));
        acd.queue(new QueueBuilder(queue, did).maxWait(Duration.ofSeconds(1), new Target(Target.Kind.QUEUE, spill)));
        String paused = acd.agent("1001", queue);
        acd.pause(paused);
        String helper = acd.agent("1002", spill);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(helper) == AgentState.ON_CALL);
        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, caller).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, caller);
        assertEquals("answered", row.get("outcome"));
        assertEquals(spill, row.get("queue"));
        assertEquals(queue, row.get("first_queue"));
        assertEquals("max_wait", row.get("overflow_reason"));
    }

    @Test
    void maxWaitWithAGoodbyeTargetOverflowsAndHangsUp() {
        acd.queue(new QueueBuilder(queue, did).maxWait(Duration.ofSeconds(1), Target.goodbye()));
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, caller).get("ended_at") != null);
        Map<String, Object> row = acd.call(pbx.asteriskId, caller);
        assertEquals("overflowed", row.get("outcome"));
        assertEquals("max_wait", row.get("overflow_reason"));
        assertEquals("system", row.get("hangup_side"));
    }

    @Test
    void wrapUpEndsByItselfAfterTheQueuesTimeOrEarlyOnRequest() {
        acd.queue(new QueueBuilder(queue, did).wrapUp(Duration.ofSeconds(2)));
        String agent = acd.agent("1001", queue);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(5)).until(() -> acd.state(agent) == AgentState.WRAP_UP);
        assertTrue(acd.view(agent).wrapUpUntil() != null);
        await().atLeast(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(6))
                .until(() -> acd.state(agent) == AgentState.READY);

        String second = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(second);
        await().atMost(Duration.ofSeconds(5)).until(() -> acd.state(agent) == AgentState.WRAP_UP);
        acd.endWrapUp(agent);
        assertEquals(AgentState.READY, acd.state(agent));
    }

    @Test
    void ringAllRingsEveryoneAndTheFirstToAnswerGetsTheCall() {
        acd.queue(new QueueBuilder(queue, did).strategy(Strategy.RING_ALL));
        pbx.phones.set("1001", ScriptedPhones.answerAfter(2000)).set("1002", ScriptedPhones.answerAfter(200));
        String slow = acd.agent("1001", queue);
        String fast = acd.agent("1002", queue);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(fast) == AgentState.ON_CALL);
        await().atMost(Duration.ofSeconds(5)).until(() -> acd.state(slow) == AgentState.READY);
        await().atMost(Duration.ofSeconds(5)).until(() -> acd.written() && acd.steps(pbx.asteriskId, caller).stream()
                .anyMatch(r -> "cancelled".equals(r.get("detail"))));
        pbx.hangup(caller);
    }

    @Test
    void afterARestartMidCallTheCallStaysControllableAndWaitingCallersKeepTheirOrder() {
        acd.queue(new QueueBuilder(queue, did));
        String agent = acd.agent("1001", queue);
        String talking = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        await().atMost(Duration.ofSeconds(5)).until(() -> bridgeOf(talking).filter(b -> b.startsWith("acd-call-"))
                .isPresent());
        String first = pbx.call(did);
        await().atMost(Duration.ofSeconds(5)).until(() -> bridgeOf(first).isPresent());
        String second = pbx.call(did);
        await().atMost(Duration.ofSeconds(5)).until(() -> bridgeOf(second).isPresent() && acd.written());

        // kill -9: the websocket drops, every in-memory state is gone; then a fresh start on the same DB + PBX
        pbx.disconnect();
        recovery.restart();
        pbx.connect();

        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        pbx.hangup(talking);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && "caller".equals(acd.call(pbx.asteriskId, talking).get("hangup_side")));
        // the agent is free again and takes the caller who waited longest first
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        assertEquals(first, acd.view(agent).callId().substring(pbx.asteriskId.length() + 1));
        pbx.hangup(first);
        pbx.hangup(second);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && acd.call(pbx.asteriskId, second).get("ended_at") != null);
        assertEquals("abandoned", acd.call(pbx.asteriskId, second).get("outcome"));
    }

    private Optional<String> bridgeOf(String channelId) {
        return mirror.channel(pbx.asteriskId, channelId).map(ChannelView::bridgeId);
    }
}
