package io.callcenter.desk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In-call controls of the agent desk end to end against the demo PBX: hold, mute, DTMF, recording, hangup. */
@QuarkusTest
class DeskCallControlTest {

    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    AcdDriver acd;
    @Inject
    TestUsers users;

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
    void holdPutsTheCallerOnHoldAndTheHoldTimeIsAccounted() {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.session().api().get("/api/desk/call").then().statusCode(200).body("callId", equalTo(caller))
                .body("state", equalTo("connected")).body("queue", equalTo(desk.queue))
                .body("enqueuedAt", notNullValue()).body("callerNumber", notNullValue());

        agent.press(caller, "unhold").statusCode(409).body("type", equalTo("urn:callcenter:problem:desk-call-state"));
        agent.press(caller, "hold").statusCode(200).body("state", equalTo("held")).body("heldSince", notNullValue());
        assertNotNull(desk.row(caller).get("held_since"));
        agent.press(caller, "hold").statusCode(409);
        await().pollDelay(Duration.ofMillis(50)).atMost(Duration.ofSeconds(2)).until(() -> true);
        agent.press(caller, "unhold").statusCode(200).body("state", equalTo("connected"))
                .body("heldSince", nullValue());

        Map<String, Object> row = desk.row(caller);
        assertNull(row.get("held_since"));
        assertTrue(((Number) row.get("hold_ms")).longValue() >= 50, "hold_ms " + row.get("hold_ms"));
        assertEquals(List.of("enqueue", "offer", "offer_result", "answer", "hold", "unhold"), desk.steps(caller));

        desk.pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent.name()) == AgentState.WRAP_UP);
        agent.press(caller, "hold").statusCode(409).body("type", equalTo("urn:callcenter:problem:desk-call-ended"));
        agent.session().api().get("/api/desk/call").then().statusCode(200).body("state", equalTo("wrapup"))
                .body("endedAt", notNullValue());
    }

    @Test
    void aCallerHangingUpWhileHeldClosesTheHoldInterval() {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.press(caller, "hold").statusCode(200);
        desk.pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.row(caller).get("ended_at") != null);
        Map<String, Object> row = desk.row(caller);
        assertNull(row.get("held_since"));
        assertTrue(((Number) row.get("hold_ms")).longValue() >= 0);
        assertTrue(desk.steps(caller).contains("unhold"), desk.steps(caller).toString());
    }

    @Test
    void muteDtmfAndTheirBadInput() {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.press(caller, "mute").statusCode(200).body("muted", equalTo("in"));
        agent.press(caller, "mute", Map.of("direction", "sideways")).statusCode(400);
        agent.press(caller, "unmute", Map.of("direction", "in")).statusCode(200).body("muted", nullValue());
        agent.press(caller, "mute", Map.of("direction", "both")).statusCode(200).body("muted", equalTo("both"));
        agent.press(caller, "dtmf", Map.of("digits", "12*#A")).statusCode(200);
        agent.press(caller, "dtmf", Map.of("digits", "12x")).statusCode(400);
        agent.press(caller, "dtmf", Map.of("digits", "")).statusCode(400);
        agent.press(caller, "dtmf", Map.of()).statusCode(400);
        agent.press(caller, "dtmf", Map.of("digits", "1", "extra", 2)).statusCode(400);
        desk.pbx.hangup(caller);
    }

    @Test
    void recordingIsABridgeRecordingLinkedToTheCall() throws Exception {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.press(caller, "recording/stop").statusCode(409);
        String name = agent.press(caller, "recording/start").statusCode(200).body("recording.name", notNullValue())
                .extract().path("recording.name");
        agent.press(caller, "recording/start").statusCode(409);
        assertEquals(name, desk.row(caller).get("recording"));
        agent.press(caller, "recording/stop").statusCode(200).body("recording", nullValue());
        assertEquals(name, connections.client(desk.pbx.name).orElseThrow().recordings().getStored(name).name());
        List<Map<String, Object>> steps = desk.stepRows(caller, "record_start");
        assertEquals(name, steps.get(0).get("detail"));
        assertEquals(name, desk.stepRows(caller, "record_stop").get(0).get("detail"));
        desk.pbx.hangup(caller);
    }

    @Test
    void theAgentHangsUpAndGoesToWrapUp() {
        DeskFixture.Agent agent = desk.agent("1001");
        String caller = desk.connect(agent);
        agent.press(caller, "hangup").statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent.name()) == AgentState.WRAP_UP);
        await().atMost(Duration.ofSeconds(10)).until(() -> "agent".equals(desk.row(caller).get("hangup_side")));
        assertTrue(mirror.channel(desk.pbx.asteriskId, caller).isEmpty(), "the caller is hung up too");
    }

    @Test
    void onlyTheAgentsOwnCallCanBeControlled() {
        DeskFixture.Agent agent = desk.agent("1001");
        DeskFixture.Agent other = desk.agent("1002");
        acd.pause(other.name());
        String caller = desk.connect(agent);
        other.press(caller, "hold").statusCode(403).body("type", equalTo("urn:callcenter:problem:desk-not-your-call"));
        other.press(caller, "transfer", Map.of("to", "queue", "target", desk.queue)).statusCode(403);
        agent.press("no-such-call", "hold").statusCode(403);
        String admin = users.admin();
        TestLogin.as(admin, TestUsers.PASSWORD).api().get("/api/desk").then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:desk-not-agent"));
        agent.session().api().get("/api/desk").then().statusCode(200).body("call.callId", equalTo(caller))
                .body("agent.state", equalTo("ON_CALL")).body("dispositions[0].code", equalTo("sale"))
                .body("pauseReasons", notNullValue());
        agent.session().withoutCsrf().post("/api/desk/calls/" + caller + "/hold").then().statusCode(403);
        agent.session().api().contentType("").post("/api/desk/calls/" + caller + "/hold").then().statusCode(200);
        desk.pbx.hangup(caller);
    }
}
