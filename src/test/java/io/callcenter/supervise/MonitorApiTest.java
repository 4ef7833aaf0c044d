package io.callcenter.supervise;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.mirror.ChannelView;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listen / whisper / barge end to end against the demo PBX: snoop, bridges, mode switches, clean-up, refusals. */
@QuarkusTest
class MonitorApiTest {

    private static final String MONITORS = "/api/supervise/monitors";

    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    SuperviseFixture fx;

    AcdPbx pbx;
    String queue;
    String did;
    String agent;
    TestLogin.Session sup;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 6, new ScriptedPhones(ScriptedPhones.answerAfter(200)));
        String[] q = fx.queue("mon");
        queue = q[0];
        did = q[1];
        agent = acd.agent("1001", queue);
        sup = fx.supervisor("1005", queue);
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    private String start(String mode) {
        return sup.api().body(Map.of("agent", agent, "mode", mode)).post(MONITORS).then().statusCode(201)
                .body("mode", equalTo(mode)).body("agent", equalTo(agent)).extract().path("id");
    }

    private void awaitActive(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> "active".equals(sup.api().get(MONITORS).then()
                .statusCode(200).extract().path("find { it.id == '" + id + "' }.state")));
    }

    @Test
    void listenThenWhisperThenBargeThenStopLeavesTheCallAsItWas() {
        String caller = fx.connectedCall(pbx, did, agent);
        String callBridge = fx.callBridge(pbx, caller).orElseThrow().id();
        String id = start("listen");
        awaitActive(id);
        String bridge = "sup-bridge-" + id;
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.bridge(pbx, bridge)
                .map(b -> b.channelIds().containsAll(List.of("sup-leg-" + id, "sup-snoop-" + id + "-1"))).orElse(false));
        ChannelView snoop = fx.channel(pbx, "sup-snoop-" + id + "-1").orElseThrow();
        assertTrue(snoop.name().startsWith("Snoop/acd-agent-"), snoop.name());

        sup.api().body(Map.of("mode", "whisper")).put(MONITORS + "/" + id).then().statusCode(200)
                .body("mode", equalTo("whisper"));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.bridge(pbx, bridge)
                .map(b -> b.channelIds().contains("sup-snoop-" + id + "-2")).orElse(false)
                && fx.channel(pbx, "sup-snoop-" + id + "-1").isEmpty());

        sup.api().body(Map.of("mode", "barge")).put(MONITORS + "/" + id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.bridge(pbx, callBridge)
                .map(b -> b.channelIds().size() == 3 && b.channelIds().contains("sup-leg-" + id)).orElse(false)
                && fx.channel(pbx, "sup-snoop-" + id + "-2").isEmpty());

        sup.api().delete(MONITORS + "/" + id).then().statusCode(200).body("state", equalTo("ended"));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.leftovers(pbx).isEmpty());
        assertEquals(2, fx.bridge(pbx, callBridge).orElseThrow().channelIds().size());
        assertEquals(AgentState.ON_CALL, acd.state(agent), "the ACD did not take our channels for its call");
        List<String> actions = acd.rows("select action from audit_log where target = ? and action like 'supervise.%' order by id", agent)
                .stream().map(r -> (String) r.get("action")).toList();
        assertEquals(List.of("supervise.listen", "supervise.mode", "supervise.mode", "supervise.stop"), actions);
        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && "caller".equals(acd.call(pbx.asteriskId, caller).get("hangup_side")));
    }

    @Test
    void theCallEndingEndsTheSessionAndRemovesEverythingOfOurs() {
        String caller = fx.connectedCall(pbx, did, agent);
        String id = start("barge");
        awaitActive(id);
        pbx.hangup(caller);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.leftovers(pbx).isEmpty());
        sup.api().get(MONITORS).then().statusCode(200).body("size()", equalTo(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.written()
                && "answered".equals(acd.call(pbx.asteriskId, caller).get("outcome")));
        assertEquals(agent, acd.call(pbx.asteriskId, caller).get("agent"));
    }

    @Test
    void refusalsAreProblemsInWords() {
        sup.api().body(Map.of("agent", agent, "mode", "listen")).post(MONITORS).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:agent-not-on-call"))
                .body("detail", containsString("has no call in progress"));
        String[] other = fx.queue("mon-other");
        String stranger = acd.agent("1002", other[0]);
        sup.api().body(Map.of("agent", stranger, "mode", "listen")).post(MONITORS).then().statusCode(403);
        sup.api().body(Map.of("agent", agent, "mode", "spy")).post(MONITORS).then().statusCode(400)
                .body("detail", containsString("listen, whisper or barge"));
        sup.api().body(Map.of("mode", "listen")).post(MONITORS).then().statusCode(400);
        sup.api().body(Map.of("agent", agent, "mode", "listen", "endpoint", "no phone")).post(MONITORS).then()
                .statusCode(400).body("type", equalTo("urn:callcenter:problem:monitor-endpoint"));
        TestLogin.Session phoneless = fx.supervisor(null, queue);
        phoneless.api().body(Map.of("agent", agent, "mode", "listen")).post(MONITORS).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:no-endpoint"));
        TestLogin.as(agent, io.callcenter.security.TestUsers.PASSWORD).api().get(MONITORS).then().statusCode(403);
        sup.api().delete(MONITORS + "/nope").then().statusCode(404);
        sup.api().body("{oops").post(MONITORS).then().statusCode(400);
    }

    @Test
    void aSupervisorPhoneAsteriskCannotRingIsAriSRefusalAndNothingIsLeftBehind() {
        fx.connectedCall(pbx, did, agent);
        sup.api().body(Map.of("agent", agent, "mode", "listen", "endpoint", "PJSIP/1099")).post(MONITORS).then()
                .statusCode(502).body("ariStatus", equalTo(500)).body("ariMessage", equalTo("Allocation failed"));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.leftovers(pbx).isEmpty());
        String id = start("listen");
        sup.api().body(Map.of("agent", agent, "mode", "barge")).post(MONITORS).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:already-monitoring"));
        TestLogin.Session otherSup = fx.supervisor("1006", queue);
        otherSup.api().delete(MONITORS + "/" + id).then().statusCode(403);
        sup.api().delete(MONITORS + "/" + id).then().statusCode(200);
    }
}
