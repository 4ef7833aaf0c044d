package io.callcenter.desk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Blind transfers from the desk end to end: to an agent, a queue, a number; the agent leaves, the caller stays. */
@QuarkusTest
class DeskTransferTest {

    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    AcdDriver acd;

    DeskFixture desk;

    @BeforeEach
    void setUp() {
        desk = new DeskFixture(connections, mirror, acd);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void blindTransferToAReadyAgentOffersTheCallerLikeAQueueCall() {
        DeskFixture.Agent first = desk.agent("1001");
        DeskFixture.Agent second = desk.agent("1002");
        DeskFixture.Agent gone = desk.agent("1003");
        acd.pause(second.name());
        String caller = desk.connect(first);
        acd.logout(gone.name());
        first.press(caller, "transfer", Map.of("to", "agent", "target", gone.name())).statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:desk-target-unavailable"));
        first.press(caller, "transfer", Map.of("to", "agent", "target", second.name())).statusCode(409);
        first.press(caller, "transfer", Map.of("to", "agent", "target", first.name())).statusCode(400);
        first.press(caller, "transfer", Map.of("to", "moon", "target", "x")).statusCode(400);
        acd.ready(second.name());

        first.press(caller, "transfer", Map.of("to", "agent", "target", second.name())).statusCode(200)
                .body("state", equalTo("wrapup")).body("transferredTo", equalTo("agent:" + second.name()));
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(second.name()) == AgentState.ON_CALL);
        assertEquals(AgentState.WRAP_UP, acd.state(first.name()));
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.bridgeOf(caller).filter(b -> b.startsWith("acd-call-"))
                .flatMap(b -> mirror.bridge(desk.pbx.asteriskId, b)).filter(b -> b.channelIds().size() == 2)
                .isPresent());
        second.session().api().get("/api/desk/call").then().statusCode(200).body("callId", equalTo(caller))
                .body("state", equalTo("connected"));
        first.press(caller, "hold").statusCode(409);

        Map<String, Object> row = desk.row(caller);
        assertEquals("agent:" + second.name(), row.get("transferred_to"));
        assertEquals(second.name(), row.get("agent"));
        assertEquals("blind:agent:" + second.name(), desk.stepRows(caller, "transfer").get(0).get("detail"));
        assertEquals(2, desk.stepRows(caller, "answer").size());
        assertTrue(row.get("ended_at") == null, "the caller's call goes on");

        desk.pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(second.name()) == AgentState.WRAP_UP);
    }

    @Test
    void blindTransferToAQueueKeepsTheCallerAndItsEnqueueTime() {
        String support = AcdDriver.unique("support");
        acd.queue(new QueueBuilder(support, AcdDriver.unique("did")));
        DeskFixture.Agent first = desk.agent("1001");
        DeskFixture.Agent other = desk.agent("1002", support);
        acd.pause(other.name());
        String caller = desk.connect(first);
        String enqueuedAt = first.session().api().get("/api/desk/call").then().extract().path("enqueuedAt");
        first.press(caller, "transfer", Map.of("to", "queue", "target", "no-such-queue")).statusCode(409);
        first.press(caller, "transfer", Map.of("to", "queue", "target", support)).statusCode(200)
                .body("state", equalTo("wrapup"));
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.bridgeOf(caller).filter(b -> b.startsWith("acd-hold-"))
                .isPresent());
        acd.ready(other.name());
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(other.name()) == AgentState.ON_CALL);
        other.session().api().get("/api/desk/call").then().statusCode(200).body("queue", equalTo(support))
                .body("enqueuedAt", equalTo(enqueuedAt));
        assertEquals(support, desk.row(caller).get("queue"));
        assertEquals("queue:" + support, desk.row(caller).get("transferred_to"));
        desk.pbx.hangup(caller);
    }

    @Test
    void blindTransferToANumberBridgesTheCallerWithTheTrunkLeg() {
        DeskFixture.Agent first = desk.agent("1001");
        String caller = desk.connect(first);
        first.press(caller, "transfer", Map.of("to", "number", "target", "not a number")).statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:desk-transfer"));
        first.press(caller, "transfer", Map.of("to", "number", "target", "5551234")).statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> desk.bridgeOf(caller).filter(b -> b.startsWith("acd-call-"))
                .flatMap(b -> mirror.bridge(desk.pbx.asteriskId, b))
                .filter(b -> b.channelIds().stream().anyMatch(c -> c.startsWith("acd-xfer-"))).isPresent());
        assertEquals(AgentState.WRAP_UP, acd.state(first.name()));
        assertEquals("number:5551234", desk.row(caller).get("transferred_to"));
        desk.pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.row(caller).get("ended_at") != null);
    }
}
