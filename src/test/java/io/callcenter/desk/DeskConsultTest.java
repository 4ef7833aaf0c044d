package io.callcenter.desk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attended transfer, conference, disposition, wrap-up end and history from the desk, against the demo PBX. */
@QuarkusTest
class DeskConsultTest {

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
    void consultAnAgentThenCompleteHandsTheCallerOver() {
        DeskFixture.Agent first = desk.agent("1001");
        DeskFixture.Agent second = desk.agent("1002");
        acd.pause(second.name());
        String caller = desk.connect(first);
        first.press(caller, "consult/complete").statusCode(409);
        first.press(caller, "consult", Map.of("to", "agent", "target", second.name())).statusCode(409);
        acd.ready(second.name());
        first.press(caller, "consult", Map.of("to", "agent", "target", second.name())).statusCode(200)
                .body("state", equalTo("consulting")).body("consult.target", equalTo(second.name()));
        await().atMost(Duration.ofSeconds(15)).until(() -> acd.state(second.name()) == AgentState.ON_CALL);
        first.session().api().get("/api/desk/call").then().body("consult.state", equalTo("connected"))
                .body("heldSince", notNullValue());
        second.press(caller, "hold").statusCode(409);

        first.press(caller, "consult/complete").statusCode(200).body("state", equalTo("wrapup"));
        assertEquals(AgentState.WRAP_UP, acd.state(first.name()));
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.bridgeOf(caller).filter(b -> b.startsWith("acd-call-"))
                .flatMap(b -> mirror.bridge(desk.pbx.asteriskId, b))
                .filter(b -> b.channelIds().size() == 2 && b.channelIds().stream().anyMatch(c -> c.startsWith("acd-cleg-")))
                .isPresent());
        second.press(caller, "hold").statusCode(200);
        List<String> consult = desk.stepRows(caller, "consult").stream().map(r -> (String) r.get("detail")).toList();
        assertEquals(List.of("started", "completed"), consult);
        assertEquals("attended:" + second.name(), desk.stepRows(caller, "transfer").get(0).get("detail"));
        assertEquals(second.name(), desk.row(caller).get("agent"));
        desk.pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(second.name()) == AgentState.WRAP_UP);
    }

    @Test
    void consultANumberThenCancelResumesTheCaller() {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.press(caller, "consult", Map.of("to", "number", "target", "5559876")).statusCode(200)
                .body("state", equalTo("consulting"));
        await().atMost(Duration.ofSeconds(15)).until(() -> "connected".equals(agent.session().api()
                .get("/api/desk/call").then().extract().path("consult.state")));
        agent.press(caller, "dtmf", Map.of("digits", "1")).statusCode(200);
        agent.press(caller, "consult/cancel").statusCode(200).body("state", equalTo("connected"))
                .body("consult", equalTo(null));
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.bridgeOf(caller).flatMap(b -> mirror.bridge(
                desk.pbx.asteriskId, b)).filter(b -> b.channelIds().size() == 2).isPresent());
        assertTrue(((Number) desk.row(caller).get("hold_ms")).longValue() >= 0);
        assertEquals(List.of("started", "cancelled"), desk.stepRows(caller, "consult").stream()
                .map(r -> (String) r.get("detail")).toList());
        desk.pbx.hangup(caller);
    }

    @Test
    void conferenceThenTheAgentLeavesTheOtherTwoTogether() {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.press(caller, "conference").statusCode(409);
        agent.press(caller, "consult", Map.of("to", "number", "target", "5550001")).statusCode(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> "connected".equals(agent.session().api()
                .get("/api/desk/call").then().extract().path("consult.state")));
        agent.press(caller, "conference").statusCode(200).body("state", equalTo("conference"));
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.bridgeOf(caller).flatMap(b -> mirror.bridge(
                desk.pbx.asteriskId, b)).filter(b -> b.channelIds().size() == 3).isPresent());
        agent.press(caller, "hangup").statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent.name()) == AgentState.WRAP_UP);
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.bridgeOf(caller).flatMap(b -> mirror.bridge(
                desk.pbx.asteriskId, b)).filter(b -> b.channelIds().size() == 2).isPresent());
        assertEquals("number:5550001", desk.row(caller).get("transferred_to"));
        assertTrue(desk.steps(caller).contains("conference"));
        desk.pbx.hangup(caller);
    }

    @Test
    void dispositionAndWrapUpEndAreRecordedAndTheCallIsInTheHistory() {
        DeskFixture.Agent agent = desk.agent("1001");
        DeskFixture.Agent other = desk.agent("1002");
        acd.pause(other.name());
        String caller = desk.connect(agent);
        desk.pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent.name()) == AgentState.WRAP_UP);
        agent.press(caller, "disposition", Map.of("code", "nonsense")).statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:desk-disposition"));
        agent.press(caller, "disposition", Map.of("code", "sale")).statusCode(200)
                .body("disposition", equalTo("sale")).body("state", equalTo("wrapup"));
        other.press(caller, "disposition", Map.of("code", "sale")).statusCode(403);
        agent.session().api().post("/api/acd/agents/" + agent.name() + "/end-wrap-up").then().statusCode(200);
        agent.session().api().get("/api/desk/call").then().statusCode(404);

        Map<String, Object> row = desk.row(caller);
        assertEquals("sale", row.get("disposition"));
        assertNotNull(row.get("wrap_ended_at"));
        Map<String, Object> end = desk.stepRows(caller, "wrap_up_end").get(0);
        assertEquals("agent", end.get("detail"));
        assertEquals(agent.name(), end.get("agent"));
        agent.press(caller, "disposition", Map.of("code", "callback")).statusCode(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> "callback".equals(desk.row(caller).get("disposition")));

        agent.session().api().get("/api/desk/history?size=5").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].callId", equalTo(caller))
                .body("items[0].disposition", equalTo("callback")).body("items[0].talkMs", notNullValue());
        agent.session().api().get("/api/desk/history?size=500").then().statusCode(400);
        agent.session().api().get("/api/desk/transfer-targets").then().statusCode(200)
                .body("agents.username", hasItem(other.name())).body("queues.name", hasItem(desk.queue));
    }
}
