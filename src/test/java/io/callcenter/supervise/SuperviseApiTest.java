package io.callcenter.supervise;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.AcdPbx;
import io.callcenter.acd.admin.AgentDto;
import io.callcenter.acd.admin.AgentService;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The supervised view, forced agent states, live membership changes and broadcasts, with their refusals. */
@QuarkusTest
class SuperviseApiTest {

    @TestHTTPResource("/api/live")
    URI live;
    @Inject
    Vertx vertx;
    @Inject
    AriConnections connections;
    @Inject
    AcdDriver acd;
    @Inject
    AgentService acdAgents;
    @Inject
    TestUsers users;
    @Inject
    SuperviseFixture fx;

    AcdPbx pbx;
    String queue;
    String did;
    String other;
    String agent;
    String stranger;
    TestLogin.Session sup;

    @BeforeEach
    void setUp() {
        pbx = new AcdPbx(connections, 4, new ScriptedPhones(ScriptedPhones.answerAfter(200)));
        String[] q = fx.queue("sv");
        queue = q[0];
        did = q[1];
        other = fx.queue("sv-other")[0];
        agent = acd.agent("1001", queue);
        stranger = acd.agent("1002", other);
        sup = fx.supervisor(null, queue);
    }

    @AfterEach
    void tearDown() {
        pbx.close();
    }

    @Test
    void theViewShowsTheAgentsAndWaitingCallersOfItsQueuesOnly() {
        acd.pause(agent);
        String caller = pbx.call(did);
        await().atMost(Duration.ofSeconds(10)).until(() -> sup.api().get("/api/supervise").then().statusCode(200)
                .extract().jsonPath().getList("waiting.find { it.queue == '" + queue + "' }.callers").size() == 1);
        sup.api().get("/api/supervise").then().statusCode(200)
                .body("queues", equalTo(List.of(queue)))
                .body("agents.username", equalTo(List.of(agent)))
                .body("agents[0].state", equalTo("PAUSED")).body("agents[0].reason", equalTo("break"))
                .body("agents[0].memberships[0].supervised", equalTo(true))
                .body("waiting.find { it.queue == '" + queue + "' }.callers[0].channelId", equalTo(caller))
                .body("waiting.find { it.queue == '" + queue + "' }.callers[0].position", equalTo(1))
                .body("waiting.find { it.queue == '" + queue + "' }.callers[0].did", equalTo(did))
                .body("pauseReasons.code", hasItem("lunch"));
        TestLogin.as(users.admin(), TestUsers.PASSWORD).api().get("/api/supervise").then().statusCode(200)
                .body("agents.username", hasItem(stranger)).body("queues", hasItem(other));
        TestLogin.as(agent, TestUsers.PASSWORD).api().get("/api/supervise").then().statusCode(403);
        acd.ready(agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.ON_CALL);
        sup.api().get("/api/supervise").then().body("agents[0].caller.number", equalTo("5551001"))
                .body("agents[0].queue", equalTo(queue));
        pbx.hangup(caller);
    }

    @Test
    void forcedPauseReadyAndLogoutAreTheSupervisorsAuditedActionsOnItsAgentsOnly() {
        String path = "/api/acd/agents/" + agent;
        sup.api().body(Map.of("reason", "lunch")).post(path + "/pause").then().statusCode(200)
                .body("state", equalTo("PAUSED")).body("reason", equalTo("lunch"));
        sup.api().post(path + "/ready").then().statusCode(200).body("state", equalTo("READY"));
        sup.api().post(path + "/logout").then().statusCode(200).body("state", equalTo("LOGGED_OUT"));
        sup.api().body(Map.of("reason", "lunch")).post("/api/acd/agents/" + stranger + "/pause").then()
                .statusCode(403);
        List<Map<String, Object>> audit = acd.rows("select actor, action from audit_log where target = ? and action"
                + " like 'acd.agent.%' and action <> 'acd.agent.memberships' order by id", agent);
        assertEquals(List.of("acd.agent.pause", "acd.agent.ready", "acd.agent.logout"),
                audit.stream().map(r -> r.get("action")).toList());
        String me = usernameOf(sup);
        assertTrue(audit.stream().allMatch(r -> me.equals(r.get("actor"))), audit.toString());
        // an agent of two queues: the supervisor of one logs it in to that one only
        acdAgents.setMemberships(agent, List.of(new AgentDto.MembershipDto(queue, 0),
                new AgentDto.MembershipDto(other, 0)));
        sup.api().body(Map.of("queues", List.of(other))).post(path + "/login").then().statusCode(403);
        sup.api().body("{}").post(path + "/login").then().statusCode(200).body("queues", equalTo(List.of(queue)));
    }

    @Test
    void membershipAndPenaltyChangesReachTheRunningAgentAtOnce() {
        String third = fx.queue("sv-third")[0];
        TestLogin.Session both = fx.supervisor(null, queue, third);
        String base = "/api/admin/acd/agents/" + agent + "/memberships/";
        both.api().body(Map.of("penalty", 2)).put(base + third).then().statusCode(200)
                .body("memberships.find { it.queue == '" + third + "' }.penalty", equalTo(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.view(agent).queues().contains(third));
        both.api().body(Map.of("penalty", 5)).put(base + third).then().statusCode(200);
        both.api().get("/api/supervise").then().body("agents.find { it.username == '" + agent + "' }"
                + ".memberships.find { it.queue == '" + third + "' }.penalty", equalTo(5));
        both.api().delete(base + queue).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.view(agent).queues().equals(List.of(third)));
        both.api().delete(base + third).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> acd.state(agent) == AgentState.LOGGED_OUT);
        sup.api().body(Map.of("penalty", 1)).put("/api/admin/acd/agents/" + stranger + "/memberships/" + other)
                .then().statusCode(403);
        sup.api().body(Map.of("penalty", -1)).put("/api/admin/acd/agents/" + stranger + "/memberships/" + queue)
                .then().statusCode(400);
    }

    @Test
    void aBroadcastReachesTheAgentsOfTheChosenQueuesOnlyAndTheSupervisorSeesOnlyItsAgents() throws Exception {
        TestLogin.Session supOther = fx.supervisor(null, other);
        try (LiveFeed mine = new LiveFeed(vertx, live, TestLogin.as(agent, TestUsers.PASSWORD));
                LiveFeed theirs = new LiveFeed(vertx, live, TestLogin.as(stranger, TestUsers.PASSWORD));
                LiveFeed supFeed = new LiveFeed(vertx, live, sup)) {
            String id = sup.api().body(Map.of("text", "Team meeting at 3", "queues", List.of(queue)))
                    .post("/api/supervise/broadcasts").then().statusCode(201).body("from", equalTo(usernameOf(sup)))
                    .extract().path("id");
            await().atMost(Duration.ofSeconds(10)).until(() -> mine.has("broadcast", "id", id));
            String second = supOther.api().body(Map.of("text", "Other team", "queues", List.of(other)))
                    .post("/api/supervise/broadcasts").then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(10)).until(() -> theirs.has("broadcast", "id", second));
            assertFalse(theirs.has("broadcast", "id", id), "an agent of another queue got the broadcast");
            assertFalse(mine.has("broadcast", "id", second));
            assertEquals("Team meeting at 3", mine.of("broadcast").get(0).path("text").asText());
            await().atMost(Duration.ofSeconds(10)).until(() -> supFeed.has("agentUpsert", "username", agent));
            assertFalse(supFeed.has("agentUpsert", "username", stranger), "another queue's agent was pushed");
            assertFalse(supFeed.has("broadcast", "id", second));
        }
        sup.api().get("/api/supervise/broadcasts").then().statusCode(200).body("text", hasItem("Team meeting at 3"))
                .body("text", not(hasItem("Other team")));
        assertEquals(1, acd.rows("select 1 from audit_log where action = 'supervise.broadcast' and target = ?",
                queue).size());
    }

    @Test
    void badBroadcastsAreRefusedWithProblems() {
        String url = "/api/supervise/broadcasts";
        sup.api().body(Map.of("text", " ", "queues", List.of(queue))).post(url).then().statusCode(400)
                .body("detail", containsString("empty"));
        sup.api().body(Map.of("text", "x".repeat(281), "queues", List.of(queue))).post(url).then().statusCode(400)
                .body("detail", containsString("at most 280"));
        sup.api().body(Map.of("text", "hi", "queues", List.of())).post(url).then().statusCode(400);
        sup.api().body(Map.of("text", "hi", "queues", List.of("no-such-queue"))).post(url).then().statusCode(400);
        sup.api().body(Map.of("text", "hi", "queues", List.of(other))).post(url).then().statusCode(403);
        sup.api().body(Map.of("text", "hi", "queues", List.of(queue), "extra", 1)).post(url).then().statusCode(400);
        TestLogin.as(agent, TestUsers.PASSWORD).api().body(Map.of("text", "hi", "queues", List.of(queue)))
                .post(url).then().statusCode(403);
    }

    private static String usernameOf(TestLogin.Session s) {
        return s.api().get("/api/session").then().extract().path("username");
    }
}
