package io.callcenter.acd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.Strategy;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Linear and round-robin follow the queue's member order (not usernames, not creation order), end to end against
 * the demo PBX. Usernames sort a, b, c (agt1001.. < agt1003..); the queue's order is set differently.
 */
@QuarkusTest
class AcdMemberOrderTest {

    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;

    AcdPbx pbx;
    String queue;
    String did;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 6, new ScriptedPhones(ScriptedPhones.answerAfter(200)));
        queue = AcdDriver.unique("order");
        did = AcdDriver.unique("did");
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void linearOffersTheFirstReadyAgentInTheQueuesOrder() {
        acd.queue(new QueueBuilder(queue, did).strategy(Strategy.LINEAR));
        String a = acd.agent("1001", queue);
        String b = acd.agent("1002", queue);
        String c = acd.agent("1003", queue);
        acd.order(queue, c, a, b);
        String first = pbx.call(did);
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(c) == AgentState.ON_CALL);
        String second = pbx.call(did);
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(a) == AgentState.ON_CALL);
        assertEquals(AgentState.READY, acd.state(b));
        pbx.hangup(first);
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(c) == AgentState.READY);
        String third = pbx.call(did);
        await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(c) == AgentState.ON_CALL);
        assertEquals(AgentState.READY, acd.state(b), "linear starts from the top again");
        List.of(second, third).forEach(pbx::hangup);
    }

    @Test
    void roundRobinGoesThroughTheQueuesOrderAndWrapsAround() {
        acd.queue(new QueueBuilder(queue, did).strategy(Strategy.ROUND_ROBIN));
        String a = acd.agent("1001", queue);
        String b = acd.agent("1002", queue);
        String c = acd.agent("1003", queue);
        acd.order(queue, b, c, a);
        for (String expected : List.of(b, c, a, b)) {
            String caller = pbx.call(did);
            await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(expected) == AgentState.ON_CALL);
            pbx.hangup(caller);
            await().atMost(Duration.ofSeconds(20)).until(() -> acd.state(expected) == AgentState.READY);
        }
    }
}
