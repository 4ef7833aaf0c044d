package io.callcenter.acd;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.db.EmbeddedDatabase;
import io.callcenter.demo.DemoPbxHarness;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.demo.world.AriFault;
import io.callcenter.demo.world.WorldSettings;
import io.callcenter.mirror.Db;
import io.callcenter.testsupport.AppProcess;
import io.callcenter.testsupport.TestLogin;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real restart: the packaged app runs in its own JVM against the demo PBX (in this JVM) and a PostgreSQL of its
 * own, is killed with kill -9 while one caller talks to an agent and two wait, and started again. Checked through
 * REST, the PBX and PostgreSQL: the talking call stays bridged and its hangup is handled, the waiting callers keep
 * their order and enqueue time, the agents' states come back. Uses the demo seed (queue sales on DID 5000). A second
 * kill checks that the wallboard's day counters (read through its REST API) are the same before and after (queue
 * support on DID 5001, its own agent, so the two tests do not depend on each other or on their order).
 */
class AcdRestartIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration STEP = Duration.ofSeconds(60);
    private static final String ASTERISK_ID = "02:1e:57:a2:00:01";
    private static final String AGENT_PASSWORD = "demo-agent-pass";
    private static final String SALES_DID = "5000";
    private static final String SUPPORT_DID = "5001";
    /** The wallboard values that are day counters (waiting, longest wait, agents, occupancy move with the clock). */
    private static final List<String> DAY_COUNTERS = List.of("offered", "answered", "abandoned", "serviceLevel",
            "asa", "aht", "abandonRate");

    static EmbeddedDatabase database;
    static DataSource ds;
    static DemoPbxHarness pbx;
    static AppProcess app;

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start(null);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(database.jdbcUrl());
        ds = pg;
        pbx = new DemoPbxHarness(new WorldSettings(ASTERISK_ID, 10, Set.of(), 1.0, false,
                new ScriptedPhones(ScriptedPhones.answerAfter(300))));
        app = new AppProcess(Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", database.jdbcUrl()),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.datasource.password", "postgres"),
                Map.entry("callcenter.ari.servers.main.url", pbx.base().toString()),
                Map.entry("callcenter.ari.servers.main.username", DemoPbxHarness.USER),
                Map.entry("callcenter.ari.servers.main.password", DemoPbxHarness.PASSWORD),
                Map.entry("callcenter.ari.servers.main.app", "callcenter"),
                Map.entry("callcenter.demo.enabled", "false"),
                Map.entry("callcenter.demo.seed-users", "true"),
                Map.entry("callcenter.ari.reconnect-initial-delay", "100ms"),
                Map.entry("callcenter.ari.reconnect-max-delay", "1s")), "acd-restart");
        app.start(START);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = app.httpPort;
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (pbx != null) {
            pbx.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void killedMidCallTheAcdRecoversCallsAndAgents() {
        TestLogin.Session taker = TestLogin.as("agent1001", AGENT_PASSWORD);
        TestLogin.Session pauser = TestLogin.as("agent1002", AGENT_PASSWORD);
        pauser.api().body("{}").post("/api/acd/agents/agent1002/login").then().statusCode(200);
        pauser.api().body(Map.of("reason", "lunch")).post("/api/acd/agents/agent1002/pause").then().statusCode(200);
        taker.api().body("{}").post("/api/acd/agents/agent1001/login").then().statusCode(200);
        taker.api().post("/api/acd/agents/agent1001/ready").then().statusCode(200);

        String talking = caller("Talking");
        await().atMost(STEP).until(() -> "ON_CALL".equals(agent(taker, "agent1001", "state")));
        Map<String, Object> connected = await().atMost(STEP).until(() -> call(talking),
                r -> r.get("call_bridge") != null && r.get("agent_channel") != null);
        String bridge = (String) connected.get("call_bridge");
        String agentLeg = (String) connected.get("agent_channel");
        await().atMost(STEP).until(() -> members(bridge).containsAll(List.of(talking, agentLeg)));
        String first = caller("First");
        await().atMost(STEP).until(() -> call(first).get("holding_bridge") != null);
        String second = caller("Second");
        await().atMost(STEP).until(() -> call(second).get("holding_bridge") != null);
        Object firstEnqueued = call(first).get("enqueued_at");
        Object secondEnqueued = call(second).get("enqueued_at");

        app.kill();
        app.start(START);

        TestLogin.Session again = TestLogin.as("agent1001", AGENT_PASSWORD);
        await().atMost(STEP).until(() -> "ON_CALL".equals(agent(again, "agent1001", "state"))
                && (ASTERISK_ID + ":" + talking).equals(agent(again, "agent1001", "callId")));
        TestLogin.Session pauserAgain = TestLogin.as("agent1002", AGENT_PASSWORD);
        assertEquals("PAUSED", agent(pauserAgain, "agent1002", "state"));
        assertEquals("lunch", agent(pauserAgain, "agent1002", "reason"));
        assertTrue(members(bridge).containsAll(List.of(talking, agentLeg)), "the talking call is still bridged");
        assertEquals(firstEnqueued, call(first).get("enqueued_at"));
        assertEquals(secondEnqueued, call(second).get("enqueued_at"));
        assertEquals(null, call(first).get("ended_at"));

        // the recovered call is controllable: the caller hangs up, the ACD hangs up the agent and records it
        pbx.world.stimuli().callerHangsUp(talking);
        await().atMost(STEP).until(() -> "caller".equals(call(talking).get("hangup_side"))
                && call(talking).get("ended_at") != null);
        assertEquals("answered", call(talking).get("outcome"));
        await().atMost(STEP).until(() -> !exists(agentLeg));
        // wrap-up (10 s in the demo queue) ends early on request, or by itself on a slow machine
        await().atMost(STEP).until(() -> !(ASTERISK_ID + ":" + talking).equals(agent(again, "agent1001", "callId"))
                || "WRAP_UP".equals(agent(again, "agent1001", "state")));
        again.api().post("/api/acd/agents/agent1001/end-wrap-up").then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));

        // the caller who waited longest is served first
        await().atMost(STEP).until(() -> "ON_CALL".equals(agent(again, "agent1001", "state")));
        assertEquals(ASTERISK_ID + ":" + first, agent(again, "agent1001", "callId"));
        assertEquals(null, call(second).get("answered_at"));
        pbx.world.stimuli().callerHangsUp(first);
        pbx.world.stimuli().callerHangsUp(second);
        await().atMost(STEP).until(() -> call(second).get("ended_at") != null && call(first).get("ended_at") != null);
        assertEquals("answered", call(first).get("outcome"));
        assertEquals("abandoned", call(second).get("outcome"));
        assertNotNull(call(first).get("agent"));
    }

    @Test
    void killedAfterSomeCallsTheWallboardShowsTheSameDayCounters() {
        TestLogin.Session supervisor = TestLogin.as("sup-support", "demo-super-pass");
        long board = supervisor.api().body(Map.of("name", "Restart", "queues", List.of("support"),
                "widgets", List.of(Map.of("kind", "tile", "metric", "answered")), "thresholds", List.of()))
                .post("/api/wallboards").then().statusCode(201).extract().jsonPath().getLong("id");
        TestLogin.Session agent = TestLogin.as("agent1007", AGENT_PASSWORD);
        agent.api().body("{}").post("/api/acd/agents/agent1007/login").then().statusCode(200);
        agent.api().post("/api/acd/agents/agent1007/ready").then().statusCode(200);

        String answered = caller(SUPPORT_DID, "Answered");
        await().atMost(STEP).until(() -> "ON_CALL".equals(agent(agent, "agent1007", "state")));
        pbx.world.stimuli().callerHangsUp(answered);
        await().atMost(STEP).until(() -> call(answered).get("ended_at") != null
                && !"ON_CALL".equals(agent(agent, "agent1007", "state")));
        // the demo queue's 10 s wrap-up ends early on request, or by itself on a slow machine
        agent.api().post("/api/acd/agents/agent1007/end-wrap-up").then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));
        await().atMost(STEP).until(() -> "READY".equals(agent(agent, "agent1007", "state")));
        agent.api().body(Map.of("reason", "lunch")).post("/api/acd/agents/agent1007/pause").then().statusCode(200);
        String abandoned = caller(SUPPORT_DID, "Abandoned");
        await().atMost(STEP).until(() -> call(abandoned).get("holding_bridge") != null);
        pbx.world.stimuli().callerHangsUp(abandoned);
        await().atMost(STEP).until(() -> call(abandoned).get("ended_at") != null);
        Map<String, Object> before = await().atMost(STEP).until(() -> dayCounters(supervisor, board),
                c -> Double.valueOf(1).equals(c.get("answered")) && Double.valueOf(1).equals(c.get("abandoned"))
                        && c.get("aht") != null);

        app.kill();
        app.start(START);

        assertEquals(before, dayCounters(TestLogin.as("sup-support", "demo-super-pass"), board));
    }

    /** The support tile's and the overall tile's day counters, as the wallboard's REST API gives them. */
    private static Map<String, Object> dayCounters(TestLogin.Session session, long board) {
        JsonNode figures = session.api().get("/api/wallboards/" + board + "/figures").then().statusCode(200)
                .extract().as(JsonNode.class);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (JsonNode tile : List.of(figures.path("tiles").path(0), figures.path("overall"))) {
            String queue = tile.path("queue").asText();
            DAY_COUNTERS.forEach(m -> out.put(queue.equals("*") ? "overall." + m : m,
                    tile.path("values").path(m).isNumber() ? tile.path("values").path(m).asDouble() : null));
            out.put(queue + ".sl", tile.path("serviceLevelCaption").asText() + " " + tile.path("serviceLevelCounts").asText());
        }
        return out;
    }

    private static String caller(String name) {
        return caller(SALES_DID, name);
    }

    private static String caller(String did, String name) {
        return pbx.world.stimuli().callerArrives("callcenter", did, name, "5550" + name.length(), null);
    }

    private static Map<String, Object> call(String channelId) {
        List<Map<String, Object>> rows = Db.rows(ds, "select * from acd_call where asterisk_id = ? and call_id = ?",
                ASTERISK_ID, channelId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static String agent(TestLogin.Session session, String username, String field) {
        return session.api().get("/api/acd/agents/" + username).then().statusCode(200).extract().path(field);
    }

    private static boolean exists(String channelId) {
        try {
            pbx.world.channels().get(channelId);
            return true;
        } catch (AriFault e) {
            return false;
        }
    }

    private static List<String> members(String bridgeId) {
        List<String> ids = new ArrayList<>();
        try {
            JsonNode bridge = pbx.world.bridges().get(bridgeId);
            bridge.path("channels").forEach(c -> ids.add(c.asText()));
        } catch (AriFault e) {
            // the bridge does not exist (yet / any more)
        }
        return ids;
    }
}
