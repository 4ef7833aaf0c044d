package io.callcenter.wallboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.callcenter.acd.admin.QueueService;
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

/** Wallboard layouts over REST: CRUD, every refusal a problem naming the field, roles and queues, audit. */
@QuarkusTest
class WallboardApiTests {

    static final String WALLBOARDS = "/api/wallboards";

    @Inject
    TestUsers users;
    @Inject
    QueueService queueService;

    String sales;
    String support;
    TestLogin.Session admin;

    @BeforeEach
    void queuesAndAdmin() {
        sales = AcdTestData.name("wb-sales");
        support = AcdTestData.name("wb-support");
        queueService.create(AcdTestData.queue(sales, List.of(AcdTestData.did()), null));
        queueService.create(AcdTestData.queue(support, List.of(AcdTestData.did()), null));
        admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }

    static Map<String, Object> board(String name, List<String> queues) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("queues", queues);
        body.put("widgets", List.of(Map.of("kind", "tile", "metric", "waiting"),
                Map.of("kind", "tile", "metric", "serviceLevel"), Map.of("kind", "sparkline", "metric", "waiting"),
                Map.of("kind", "agents"), Map.of("kind", "waiting")));
        body.put("thresholds", List.of(Map.of("metric", "waiting", "yellow", 3, "red", 6),
                Map.of("metric", "serviceLevel", "queue", queues.get(0), "yellow", 80, "red", 60)));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Creates a wallboard as this user; returns its id. */
    static long create(TestLogin.Session who, Map<String, Object> body) {
        return who.api().body(body).post(WALLBOARDS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createReadReplaceDeleteAudited() {
        long id = create(admin, board("Floor 1", List.of(sales, support)));
        admin.api().get(WALLBOARDS + "/" + id).then().statusCode(200).body("name", equalTo("Floor 1"))
                .body("queues", equalTo(List.of(sales, support))).body("widgets[1].metric", equalTo("serviceLevel"))
                .body("widgets[3].kind", equalTo("agents")).body("thresholds[1].queue", equalTo(sales))
                .body("thresholds[1].yellow", equalTo(80.0f));
        admin.api().get(WALLBOARDS).then().statusCode(200).body("id", hasItem((int) id));
        admin.api().body(board("Floor 1 renamed", List.of(support))).put(WALLBOARDS + "/" + id).then()
                .statusCode(200).body("name", equalTo("Floor 1 renamed")).body("queues", equalTo(List.of(support)));
        admin.api().get("/api/admin/audit?action=wallboard.updated&target=wallboard:" + id).then()
                .statusCode(200).body("total", equalTo(1));
        admin.api().delete(WALLBOARDS + "/" + id).then().statusCode(204);
        admin.api().get(WALLBOARDS + "/" + id).then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-wallboard"));
        admin.api().get("/api/admin/audit?action=wallboard.deleted&target=wallboard:" + id).then()
                .body("total", equalTo(1));
    }

    @Test
    void invalidLayoutsAreRefusedWithEveryFieldNamed() {
        Map<String, Object> bad = board("", List.of(sales, sales, "no-such-queue"));
        bad.put("widgets", List.of(Map.of("kind", "pie"), Map.of("kind", "tile"), Map.of("kind", "agents", "metric", "aht")));
        bad.put("thresholds", List.of(Map.of("metric", "serviceLevel", "yellow", 60, "red", 80),
                Map.of("metric", "waiting", "yellow", 9, "red", 3), Map.of("metric", "offered", "red", 3),
                Map.of("metric", "abandonRate", "queue", support, "red", 120)));
        admin.api().body(bad).post(WALLBOARDS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:callcenter:problem:validation"))
                .body("errors", hasItems(containsString("name:"), containsString("queues[1]: '" + sales + "' is listed twice"),
                        containsString("queues[2]: no queue 'no-such-queue'"), containsString("widgets[0].kind"),
                        containsString("widgets[1].metric"), containsString("widgets[2].metric"),
                        containsString("thresholds[0]: serviceLevel is bad when low: yellow must be >= red"),
                        containsString("thresholds[1]: waiting is bad when high: yellow must be <= red"),
                        containsString("thresholds[2].metric: offered is neither good nor bad"),
                        containsString("thresholds[3].queue"), containsString("thresholds[3].red: a percentage")));
        admin.api().body(with(board("x", List.of(sales)), "colour", "red")).post(WALLBOARDS).then().statusCode(400);
        admin.api().body("{not json").post(WALLBOARDS).then().statusCode(400);
        admin.api().body(with(board("x", List.of(sales)), "widgets", List.of(Map.of("kind", "tile", "metric", "nope"))))
                .post(WALLBOARDS).then().statusCode(400).body("detail", containsString("known metrics: waiting"));
    }

    @Test
    void timeTravelColoursWithTheThresholdsInForceThen() {
        long id = create(admin, board("Thresholds then", List.of(sales)));
        java.time.Instant before = java.time.Instant.now();
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> java.time.Instant.now().isAfter(before));
        admin.api().body(with(board("Thresholds then", List.of(sales)), "thresholds",
                List.of(Map.of("metric", "waiting", "yellow", 0, "red", 1)))).put(WALLBOARDS + "/" + id).then()
                .statusCode(200);
        String figures = WALLBOARDS + "/" + id + "/figures";
        admin.api().get(figures + "?at=" + before).then().statusCode(200)
                .body("thresholds.metric", equalTo(List.of("waiting", "serviceLevel")))
                .body("thresholds[0].red", equalTo(6.0f));
        admin.api().get(figures + "?at=" + java.time.Instant.now()).then().statusCode(200)
                .body("thresholds.metric", equalTo(List.of("waiting"))).body("thresholds[0].red", equalTo(1.0f));
        admin.api().get(figures).then().statusCode(200).body("live", equalTo(true))
                .body("thresholds", org.hamcrest.Matchers.nullValue());
        // before the wallboard existed: the first layout known
        admin.api().get(figures + "?at=" + before.minusSeconds(3600)).then().statusCode(200)
                .body("thresholds[0].red", equalTo(6.0f));
    }

    @Test
    void figuresNowAndInThePastComeFromTheMetricEngine() {
        long id = create(admin, board("Figures", List.of(sales, support)));
        admin.api().get(WALLBOARDS + "/" + id + "/figures").then().statusCode(200).body("live", equalTo(true))
                .body("tiles.queue", equalTo(List.of(sales, support))).body("overall.queue", equalTo("*"))
                .body("tiles[0].values.waiting", equalTo(0.0f))
                .body("tiles[0].serviceLevelCaption", containsString("calls that left the queue"))
                .body("trend.series", org.hamcrest.Matchers.hasKey("*"));
        String hourAgo = java.time.Instant.now().minusSeconds(3600).toString();
        admin.api().get(WALLBOARDS + "/" + id + "/figures?at=" + hourAgo).then().statusCode(200)
                .body("live", equalTo(false))
                .body("atMs", equalTo(java.time.Instant.parse(hourAgo).toEpochMilli()));
        admin.api().get(WALLBOARDS + "/" + id + "/figures?at=2999-01-01T00:00:00Z").then().statusCode(400)
                .body("detail", containsString("future"));
        admin.api().get(WALLBOARDS + "/" + id + "/figures?at=noon").then().statusCode(400);
        admin.api().body(with(board("x", List.of(sales)), "widgets", List.of(Map.of("kind", "sparkline", "metric", "aht"))))
                .post(WALLBOARDS).then().statusCode(400).body("detail", containsString("a sparkline draws one of"));
        admin.api().body(with(board("x", List.of(sales)), "slidingMinutes", 0)).post(WALLBOARDS).then().statusCode(400)
                .body("detail", containsString("slidingMinutes"));
    }

    @Test
    void supervisorsSeeAndEditOnlyWallboardsOfTheirQueues() {
        TestLogin.Session sup = TestLogin.as(users.supervisor(sales), TestUsers.PASSWORD);
        long mine = create(sup, board("Sales floor", List.of(sales)));
        long mixed = create(admin, board("Whole floor", List.of(sales, support)));
        sup.api().get(WALLBOARDS).then().statusCode(200).body("id", hasItem((int) mine))
                .body("id", not(hasItem((int) mixed)));
        sup.api().get(WALLBOARDS + "/" + mixed).then().statusCode(403).body("detail", containsString(support));
        sup.api().body(board("Grab", List.of(support))).post(WALLBOARDS).then().statusCode(403);
        sup.api().body(board("Widen", List.of(sales, support))).put(WALLBOARDS + "/" + mine).then().statusCode(403);
        sup.api().delete(WALLBOARDS + "/" + mixed).then().statusCode(403);
        sup.api().get(WALLBOARDS + "/catalogue").then().statusCode(200).body("queues", equalTo(List.of(sales)))
                .body("metrics.id", hasItems("waiting", "longestWait", "serviceLevel"));
        sup.withoutCsrf().contentType("application/json").body(board("csrf", List.of(sales))).post(WALLBOARDS)
                .then().statusCode(403);

        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint(), sales), TestUsers.PASSWORD);
        agent.api().get(WALLBOARDS).then().statusCode(403);
        given().accept("application/json").get(WALLBOARDS).then().statusCode(401);
    }
}
