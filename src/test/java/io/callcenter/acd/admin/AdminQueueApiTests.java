package io.callcenter.acd.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.callcenter.acd.config.AcdTestData;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queue and business-hours API: CRUD, every kind of refusal as a problem body naming the field, audit. */
@QuarkusTest
class AdminQueueApiTests {

    private static final String QUEUES = "/api/admin/acd/queues";
    private static final String HOURS = "/api/admin/acd/business-hours";

    @Inject
    TestUsers users;

    TestLogin.Session admin;

    @BeforeEach
    void login() {
        admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }

    static Map<String, Object> queue(String name, String did) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("dids", List.of(did));
        body.put("strategy", "ring-all");
        body.put("ringTimeoutSeconds", 20);
        body.put("wrapUpSeconds", 10);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @Test
    void createReadReplaceDelete() {
        String name = AcdTestData.name("api");
        String did = AcdTestData.did();
        admin.api().body(queue(name, did)).post(QUEUES).then().statusCode(201)
                .header("Location", containsString(QUEUES + "/" + name))
                .body("strategy", equalTo("RING_ALL")).body("ringTimeoutSeconds", equalTo(20))
                .body("retryDelaySeconds", equalTo(QueueRules.DEFAULT_RETRY_DELAY))
                .body("overflow.kind", equalTo("HANGUP")).body("joinWhenNoAgents", equalTo(true));
        admin.api().get(QUEUES + "/" + name).then().statusCode(200).body("dids", equalTo(List.of(did)));
        admin.api().get(QUEUES).then().statusCode(200).body("name", hasItem(name));
        admin.api().body(with(with(queue(name, did), "maxWaitSeconds", 60), "overflow",
                Map.of("kind", "endpoint", "value", "PJSIP/2000"))).put(QUEUES + "/" + name).then().statusCode(200)
                .body("maxWaitSeconds", equalTo(60)).body("overflow.kind", equalTo("ENDPOINT"));
        admin.api().get("/api/admin/audit?action=acd.queue.updated&target=" + name).then().statusCode(200)
                .body("total", equalTo(1));
        admin.api().delete(QUEUES + "/" + name).then().statusCode(204);
        admin.api().get(QUEUES + "/" + name).then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-queue"));
        admin.api().get("/api/admin/audit?action=acd.queue.deleted&target=" + name).then().body("total", equalTo(1));
    }

    @Test
    void badFieldsAreNamedInA400() {
        String name = AcdTestData.name("bad");
        String did = AcdTestData.did();
        invalid(with(queue(name, did), "strategy", "loudest"), "strategy: unknown value 'loudest'");
        invalid(with(queue(name, did), "ringTimeoutSeconds", 0), "ringTimeoutSeconds: must be at least 1");
        invalid(with(queue(name, did), "wrapUpSeconds", -5), "wrapUpSeconds: must be at least 0");
        invalid(with(queue(name, did), "maxLength", -1), "maxLength");
        invalid(with(queue(name, did), "overflow", Map.of("kind", "QUEUE", "value", name)),
                "overflow.value: a queue cannot overflow to itself");
        invalid(with(queue(name, did), "overflow", Map.of("kind", "QUEUE", "value", "no-such-queue")),
                "overflow.value: no queue named 'no-such-queue'");
        invalid(with(queue(name, did), "afterHours", Map.of("kind", "teleport", "value", "x")), "afterHours.kind");
        invalid(with(queue(name, did), "overflow", Map.of("kind", "ENDPOINT", "value", "nowhere")), "overflow.value");
        invalid(with(queue(name, did), "slFormula", "best"), "slFormula");
        invalid(with(queue(name, did), "businessHours", "never"), "businessHours: no business hours named 'never'");
        invalid(with(queue(name, did), "didPriority", Map.of("123", 1)), "didPriority");
        invalid(with(queue(name, did), "dids", List.of(did, did)), "dids: '" + did + "' is listed twice");
        invalid(with(queue(name, did), "name", "bad name!"), "name");
        // two fields wrong: both are reported
        admin.api().body(with(with(queue(name, did), "strategy", "x"), "serviceLevelSeconds", 0)).post(QUEUES)
                .then().statusCode(400).body("errors.size()", equalTo(2));
        admin.api().body(with(queue(name, did), "ringTimeout", 5)).post(QUEUES).then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:invalid-json")).body("detail", containsString("ringTimeout"));
        admin.api().body("{\"name\": ").post(QUEUES).then().statusCode(400).contentType("application/problem+json");
        admin.api().get(QUEUES + "/" + name).then().statusCode(404);
    }

    private void invalid(Map<String, Object> body, String error) {
        admin.api().body(body).post(QUEUES).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:callcenter:problem:validation")).body("detail", containsString(error));
    }

    @Test
    void conflictsAre409() {
        String first = AcdTestData.name("c1");
        String second = AcdTestData.name("c2");
        String did = AcdTestData.did();
        admin.api().body(queue(first, did)).post(QUEUES).then().statusCode(201);
        admin.api().body(queue(first, AcdTestData.did())).post(QUEUES).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:duplicate-queue"));
        admin.api().body(queue(second, did)).post(QUEUES).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:did-taken")).body("detail", containsString(first));
        admin.api().body(with(queue(second, AcdTestData.did()), "overflow", Map.of("kind", "QUEUE", "value", first)))
                .post(QUEUES).then().statusCode(201);
        admin.api().delete(QUEUES + "/" + first).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:queue-in-use")).body("detail", containsString(second));
        admin.api().body(queue("renamed", did)).put(QUEUES + "/" + first).then().statusCode(400)
                .body("detail", containsString("name"));
        admin.api().body(queue(AcdTestData.name("x"), did)).put(QUEUES + "/no-such-queue").then().statusCode(404);
        admin.api().delete(QUEUES + "/no-such-queue").then().statusCode(404);
    }

    @Test
    void businessHoursCrudAndChecks() {
        String name = AcdTestData.name("bh");
        Map<String, Object> hours = Map.of("name", name, "zone", "Europe/Berlin",
                "week", Map.of("monday", List.of(Map.of("from", "09:00", "to", "17:00")),
                        "SATURDAY", List.of(Map.of("from", "18:00", "to", "24:00"))),
                "holidays", List.of("2026-12-25"));
        admin.api().body(hours).post(HOURS).then().statusCode(201)
                .body("week.MONDAY[0].from", equalTo("09:00")).body("week.SATURDAY[0].to", equalTo("00:00"));
        admin.api().body(hours).post(HOURS).then().statusCode(409);
        String queue = AcdTestData.name("bq");
        admin.api().body(with(queue(queue, AcdTestData.did()), "businessHours", name)).post(QUEUES).then()
                .statusCode(201).body("businessHours", equalTo(name));
        admin.api().delete(HOURS + "/" + name).then().statusCode(409)
                .body("type", equalTo("urn:callcenter:problem:business-hours-in-use"));
        admin.api().body(with(hours, "zone", "Mars/Olympus")).put(HOURS + "/" + name).then().statusCode(400)
                .body("detail", containsString("zone: unknown time zone"));
        admin.api().body(with(hours, "week", Map.of("MONDAY", List.of(Map.of("from", "17:00", "to", "09:00")))))
                .put(HOURS + "/" + name).then().statusCode(400).body("detail", containsString("week.MONDAY"));
        admin.api().body(with(hours, "week", Map.of("MONDAY", List.of(Map.of("from", "09:00", "to", "12:00"),
                Map.of("from", "11:00", "to", "13:00"))))).put(HOURS + "/" + name).then().statusCode(400)
                .body("detail", containsString("overlap"));
        admin.api().body(with(hours, "week", Map.of("Funday", List.of()))).put(HOURS + "/" + name).then()
                .statusCode(400).body("detail", containsString("week"));
        admin.api().body(with(hours, "holidays", List.of("25.12.2026"))).put(HOURS + "/" + name).then()
                .statusCode(400).body("detail", containsString("holidays"));
        admin.api().body(with(hours, "holidays", List.of())).put(HOURS + "/" + name).then().statusCode(200)
                .body("holidays.size()", equalTo(0));
        admin.api().get(HOURS).then().statusCode(200).body("name", hasItem(name));
        admin.api().delete(QUEUES + "/" + queue).then().statusCode(204);
        admin.api().delete(HOURS + "/" + name).then().statusCode(204);
        admin.api().get(HOURS + "/" + name).then().statusCode(404);
    }

    @Test
    void rolesAreChecked() {
        String mine = AcdTestData.name("mine");
        String other = AcdTestData.name("other");
        admin.api().body(queue(mine, AcdTestData.did())).post(QUEUES).then().statusCode(201);
        admin.api().body(queue(other, AcdTestData.did())).post(QUEUES).then().statusCode(201);
        given().get(QUEUES).then().statusCode(401);
        given().get(HOURS).then().statusCode(401);
        TestLogin.Session supervisor = TestLogin.as(users.supervisor(mine), TestUsers.PASSWORD);
        supervisor.api().get(QUEUES).then().statusCode(200).body("name", hasItem(mine))
                .body("name", not(hasItem(other)));
        supervisor.api().get(QUEUES + "/" + mine).then().statusCode(200);
        supervisor.api().get(QUEUES + "/" + other).then().statusCode(403);
        supervisor.api().body(queue(mine, AcdTestData.did())).put(QUEUES + "/" + mine).then().statusCode(403);
        supervisor.api().body(queue(AcdTestData.name("s"), AcdTestData.did())).post(QUEUES).then().statusCode(403);
        supervisor.api().get(HOURS).then().statusCode(403);
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint(), mine), TestUsers.PASSWORD);
        agent.api().get(QUEUES).then().statusCode(403);
        agent.api().delete(QUEUES + "/" + mine).then().statusCode(403);
        admin.withoutCsrf().delete(QUEUES + "/" + mine).then().statusCode(403);
    }
}
