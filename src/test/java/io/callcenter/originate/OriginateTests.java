package io.callcenter.originate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.Db;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Originate end to end: the app, its demo PBX over real HTTP/websocket, and PostgreSQL. The demo's phones always
 * answer, after 1.5–2.5 s, so a 1 s ring timeout is a sure "no answer" and a 10 s one a sure answer.
 */
@QuarkusTest
@TestProfile(OriginateTests.DemoPhonesAnswer.class)
class OriginateTests {

    /** Demo PBX on, deterministic phones (no busy, no unanswered, all registered), few records in memory. */
    public static class DemoPhonesAnswer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> c = new HashMap<>();
            c.put("callcenter.demo.enabled", "true");
            c.put("callcenter.demo.password", "originate-test-pw");
            c.put("callcenter.demo.agents", "5");
            c.put("callcenter.demo.calls-per-hour", "60");
            c.put("callcenter.demo.unregistered-rate", "0");
            c.put("callcenter.demo.registration-changes-per-hour", "0");
            c.put("callcenter.demo.no-answer-rate", "0");
            c.put("callcenter.demo.busy-rate", "0");
            c.put("callcenter.demo.answer-delay-min-ms", "1500");
            c.put("callcenter.demo.answer-delay-max-ms", "2500");
            c.put("callcenter.demo.seed", "11");
            // events before the HTTP answer, as Asterisk often sends them
            c.put("callcenter.demo.races", "true");
            c.put("callcenter.originate.max-records", "4");
            return c;
        }
    }

    @Inject
    AriConnections connections;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestUsers users;

    @Inject
    Originations originations;

    @Inject
    OriginateStore store;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void demoConnected() {
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals("demo") && s.state() == ConnectionState.CONNECTED));
    }

    @Test
    void anAnsweredCallIsContinuedIntoTheDialplanAndCompletesWithNormalClearing() {
        TestLogin.Session admin = admin();
        Response started = admin.api().body(Map.of("endpoint", "PJSIP/1001", "callerId", "\"Ops\" <100>",
                "context", "default", "extension", "s", "priority", 1, "timeout", 10)).post("/api/originate");
        started.then().statusCode(202).body("status", equalTo("dialing")).body("server", equalTo("demo"))
                .body("channelId", startsWith("originate-")).body("message", nullValue());
        String id = started.path("id");
        assertEquals("/api/originate/" + id, java.net.URI.create(started.header("Location")).getPath());

        admin.api().get("/api/originate/" + id + "?waitSeconds=30").then().statusCode(200)
                .body("status", equalTo("completed")).body("message", equalTo("Normal Clearing (16)"))
                .body("cause", equalTo(16)).body("causeTxt", equalTo("Normal Clearing"))
                // answered, then the dialplan's Wait(1) and Hangup
                .body("durationSeconds", greaterThanOrEqualTo(1)).body("durationSeconds", lessThanOrEqualTo(3))
                .body("answeredAt", notNullValue()).body("endedAt", notNullValue()).body("callerId", equalTo("\"Ops\" <100>"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !Db.rows(dataSource,
                "select 1 from originate_call where id = ? and status = 'completed' and message = 'Normal Clearing (16)'"
                        + " and duration_seconds >= 1", UUID.fromString(id)).isEmpty());
        List<Map<String, Object>> audit = Db.rows(dataSource,
                "select target from audit_log where action = 'originate' and details ->> 'id' = ?", id);
        assertEquals(List.of(Map.of("target", "demo/PJSIP/1001")), audit);
    }

    @Test
    void anUnknownEndpointEndsAsAnErrorWithAsterisksMessage() {
        TestLogin.Session admin = admin();
        // Asterisk 22 answers an originate to an endpoint it cannot reach with 500 {"error": "Allocation failed"}
        for (String endpoint : List.of("PJSIP/9999", "SIP/1001")) {
            String id = admin.api().body(Map.of("endpoint", endpoint)).post("/api/originate").then().statusCode(202)
                    .body("status", equalTo("error")).body("message", equalTo("Allocation failed"))
                    .body("ariStatus", equalTo(500)).body("cause", nullValue()).extract().path("id");
            admin.api().get("/api/originate/" + id + "?waitSeconds=5").then().statusCode(200)
                    .body("status", equalTo("error")).body("message", equalTo("Allocation failed"));
        }
    }

    @Test
    void aRingTimeoutEndsAsAnErrorWithTheCauseInWords() {
        TestLogin.Session supervisor = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        String id = supervisor.api().body(Map.of("endpoint", "PJSIP/1002", "timeout", 1)).post("/api/originate")
                .then().statusCode(202).extract().path("id");
        supervisor.api().get("/api/originate/" + id + "?waitSeconds=20").then().statusCode(200)
                .body("status", equalTo("error")).body("message", equalTo("User alerting, no answer (19)"))
                .body("cause", equalTo(19)).body("answeredAt", nullValue()).body("durationSeconds", nullValue())
                .body("requestedBy", startsWith("sup-"));
    }

    @Test
    void aLongPollReturnsTheStateInProgressWhenTheWaitIsOver() {
        TestLogin.Session admin = admin();
        String id = admin.api().body(Map.of("endpoint", "PJSIP/1003", "timeout", 10)).post("/api/originate")
                .then().statusCode(202).extract().path("id");
        long before = System.nanoTime();
        // the phone answers after 1.5 s at the earliest and the dialplan then runs 1 s: not over within 1 s
        admin.api().get("/api/originate/" + id + "?waitSeconds=1").then().statusCode(200)
                .body("status", is(oneOf("dialing", "up")));
        assertTrue(System.nanoTime() - before >= 900_000_000L, "the poll waited");
        admin.api().get("/api/originate/" + id + "?waitSeconds=30").then().statusCode(200)
                .body("status", equalTo("completed"));
        // a finished call answers at once
        admin.api().get("/api/originate/" + id + "?waitSeconds=60").then().statusCode(200)
                .body("status", equalTo("completed"));
    }

    @Test
    void waitingLongPollsHoldNoThread() throws Exception {
        TestLogin.Session admin = admin();
        String id = admin.api().body(Map.of("endpoint", "PJSIP/1004", "timeout", 10)).post("/api/originate")
                .then().statusCode(202).extract().path("id");
        Origination call = originations.get(UUID.fromString(id)).orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest poll = HttpRequest.newBuilder(base.toURI().resolve("/api/originate/" + id + "?waitSeconds=30"))
                .header("Cookie", TestLogin.SESSION_COOKIE + "=" + admin.cookie()).header("Accept", "application/json").build();
        List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            polls.add(http.sendAsync(poll, HttpResponse.BodyHandlers.ofString()));
        }
        // the phone answers after 1.5 s at the earliest: all 12 polls are then waiting on the call's end...
        await().atMost(Duration.ofSeconds(5)).until(() -> call.finished().getNumberOfDependents() >= 12);
        // ...and none of them occupies a thread (no thread is inside the resource method)
        List<String> inResource = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .filter(t -> Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith(OriginateResource.class.getName())))
                .map(ThreadInfo::getThreadName).toList();
        assertEquals(List.of(), inResource);
        for (CompletableFuture<HttpResponse<String>> p : polls) {
            HttpResponse<String> r = p.get(40, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"status\":\"completed\""), r.body());
        }
    }

    @Test
    void badInputIsA400NamingTheField() {
        TestLogin.Session admin = admin();
        Map<String, Object> missing = Map.of("callerId", "100");
        Map<String, Map<String, Object>> cases = Map.of(
                "endpoint", missing,
                "endpoint: must be Technology/Resource", Map.of("endpoint", "1001"),
                "priority", Map.of("endpoint", "PJSIP/1001", "priority", 0),
                "timeout", Map.of("endpoint", "PJSIP/1001", "timeout", 100000),
                "context", Map.of("endpoint", "PJSIP/1001", "context", "no spaces"),
                "server", Map.of("endpoint", "PJSIP/1001", "server", "nope"),
                "endpointt", Map.of("endpointt", "PJSIP/1001"));
        cases.forEach((field, body) -> admin.api().body(body).post("/api/originate").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(field)));
        admin.api().body("{\"endpoint\":\"PJSIP/1001\",\"priority\":\"first\"}").post("/api/originate")
                .then().statusCode(400).body("detail", containsString("priority"));
        admin.api().get("/api/originate/" + UUID.randomUUID() + "?waitSeconds=61").then().statusCode(400)
                .body("detail", containsString("waitSeconds"));
        admin.api().get("/api/originate/" + UUID.randomUUID()).then().statusCode(404);
        admin.api().get("/api/originate/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsAndSupervisorsMayOriginateAndCsrfIsRequired() {
        Map<String, String> body = Map.of("endpoint", "PJSIP/9999");
        given().contentType("application/json").body(body).post("/api/originate").then().statusCode(401);
        given().get("/api/originate/" + UUID.randomUUID()).then().statusCode(401);
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint(), "sales"), TestUsers.PASSWORD);
        agent.api().body(body).post("/api/originate").then().statusCode(403);
        agent.api().get("/api/originate/" + UUID.randomUUID()).then().statusCode(403);
        TestLogin.Session supervisor = TestLogin.as(users.supervisor("support"), TestUsers.PASSWORD);
        supervisor.withoutCsrf().contentType("application/json").body(body).post("/api/originate").then().statusCode(403);
        supervisor.api().body(body).post("/api/originate").then().statusCode(202);
    }

    @Test
    void anUnreachableServerEndsAsAnError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        connections.open(new io.callcenter.ari.config.AriServer("dead", java.net.URI.create("http://127.0.0.1:" + closedPort),
                "nobody", "nothing", "callcenter", true));
        try {
            admin().api().body(Map.of("server", "dead", "endpoint", "PJSIP/1001")).post("/api/originate").then()
                    .statusCode(202).body("status", equalTo("error")).body("server", equalTo("dead"))
                    .body("message", startsWith("Asterisk server 'dead' is not connected"));
        } finally {
            connections.close("dead");
        }
    }

    @Test
    void finishedRecordsLeaveMemoryButStillAnswerFromPostgres() {
        TestLogin.Session admin = admin();
        String first = null;
        // max-records is 4: the fifth originate pushes the oldest finished one out of memory
        for (int i = 0; i < 5; i++) {
            String id = admin.api().body(Map.of("endpoint", "PJSIP/9999")).post("/api/originate").then().statusCode(202)
                    .extract().path("id");
            first = first == null ? id : first;
            await().atMost(Duration.ofSeconds(10)).until(() -> !Db.rows(dataSource,
                    "select 1 from originate_call where id = ? and status = 'error'", UUID.fromString(id)).isEmpty());
        }
        assertTrue(originations.get(UUID.fromString(first)).isEmpty(), "the oldest record left memory");
        admin.api().get("/api/originate/" + first + "?waitSeconds=5").then().statusCode(200)
                .body("id", equalTo(first)).body("status", equalTo("error")).body("message", equalTo("Allocation failed"))
                .body("ariStatus", equalTo(500)).body("endpoint", equalTo("PJSIP/9999"));
    }

    @Test
    void aRecordLeftUnfinishedByAnEarlierRunEndsAsItsChannelHistoryEnded() {
        String asteriskId = connections.status().stream().filter(s -> s.server().equals("demo")).findFirst().orElseThrow()
                .asteriskId();
        UUID answered = leftByEarlierRun("up", asteriskId, "destroyed", 16, "Normal Clearing");
        UUID vanished = leftByEarlierRun("dialing", asteriskId, "vanished while disconnected", null, null);
        UUID goesOn = leftByEarlierRun("dialing", asteriskId, null, null, null);
        TestLogin.Session admin = admin();

        admin.api().get("/api/originate/" + answered).then().statusCode(200).body("status", equalTo("completed"))
                .body("message", equalTo("Normal Clearing (16)")).body("cause", equalTo(16))
                .body("durationSeconds", equalTo(42));
        await().atMost(Duration.ofSeconds(10)).until(() -> !Db.rows(dataSource,
                "select 1 from originate_call where id = ? and status = 'completed'", answered).isEmpty());
        admin.api().get("/api/originate/" + vanished).then().statusCode(200).body("status", equalTo("error"))
                .body("message", startsWith("The channel ended while the ARI connection was down"))
                .body("durationSeconds", nullValue());
        admin.api().get("/api/originate/" + goesOn).then().statusCode(200).body("status", equalTo("dialing"));
    }

    @Test
    void aFinalStateTheFollowingInstanceSavedIsNotOverwrittenFromHistory() {
        String asteriskId = connections.status().stream().filter(s -> s.server().equals("demo")).findFirst().orElseThrow()
                .asteriskId();
        UUID id = leftByEarlierRun("up", asteriskId, "destroyed", 16, "Normal Clearing");
        OriginateRecord stored = store.find(id).orElseThrow();
        // the instance following the call saved its end first: its continue was refused
        Db.rows(dataSource, "update originate_call set status = 'error', message = 'Continue refused' where id = ? returning id", id);
        Origination fromHistory = Origination.resumed(stored, stored.answeredAt());
        fromHistory.ended(16, "Normal Clearing", Instant.now());
        store.saveIfUnfinished(fromHistory);
        UUID marker = leftByEarlierRun("dialing", asteriskId, null, null, null);
        Origination later = Origination.resumed(store.find(marker).orElseThrow(), null);
        later.ended(19, "User alerting, no answer", Instant.now());
        store.save(later); // saves run in order on one thread: once this one is stored, the one before has run
        await().atMost(Duration.ofSeconds(10)).until(() -> !Db.rows(dataSource,
                "select 1 from originate_call where id = ? and status = 'error'", marker).isEmpty());
        assertEquals("Continue refused", Db.rows(dataSource, "select message from originate_call where id = ?", id)
                .get(0).get("message"));
    }

    /** An originate row as a killed earlier run left it, and its channel's history row ({@code closeReason} null: still open). */
    private UUID leftByEarlierRun(String status, String asteriskId, String closeReason, Integer cause, String causeTxt) {
        UUID id = UUID.randomUUID();
        String channel = "originate-" + id;
        Db.rows(dataSource, """
                insert into originate_call (id, server, endpoint, channel_id, context, extension, priority,
                    timeout_seconds, requested_by, status, started_at, answered_at)
                values (?, 'demo', 'PJSIP/1001', ?, 'default', 's', 1, 30, 'admin', ?::text, now() - interval '5 minutes',
                    case when ?::text = 'up' then now() - interval '4 minutes' end) returning id""", id, channel, status, status);
        Db.rows(dataSource, """
                insert into channel_history (asterisk_id, channel_id, name, created, answered, destroyed, cause, cause_txt,
                    close_reason)
                values (?, ?, 'PJSIP/1001-0000abcd', now() - interval '5 minutes',
                    case when ?::text = 'destroyed' then now() - interval '4 minutes' end,
                    case when ?::text is null then null else now() - interval '4 minutes' + interval '42 seconds' end, ?::int, ?::text, ?::text)
                returning channel_id""", asteriskId, channel, closeReason, closeReason, cause, causeTxt, closeReason);
        return id;
    }

    private TestLogin.Session admin() {
        return TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }
}
