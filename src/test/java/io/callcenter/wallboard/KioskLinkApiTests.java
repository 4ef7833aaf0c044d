package io.callcenter.wallboard;

import static io.callcenter.wallboard.WallboardApiTests.WALLBOARDS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.callcenter.acd.admin.QueueService;
import io.callcenter.acd.config.AcdTestData;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kiosk links: made by who may edit the wallboard, open it (and only it) without login, refused once revoked. */
@QuarkusTest
class KioskLinkApiTests {

    static final String KIOSK = "/api/kiosk/wallboard";
    static final String HEADER = "X-Kiosk-Token";

    @Inject
    TestUsers users;
    @Inject
    QueueService queueService;

    String queue;
    TestLogin.Session supervisor;
    long wallboard;

    @BeforeEach
    void wallboardOfASupervisor() {
        SupervisedWallboard fixture = SupervisedWallboard.create(users, queueService, "kiosk");
        queue = fixture.queue();
        supervisor = fixture.supervisor();
        wallboard = fixture.id();
    }

    private JsonPath newLink(String label) {
        return supervisor.api().body(Map.of("label", label)).post(WALLBOARDS + "/" + wallboard + "/kiosk-links")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aKioskTokenOpensItsWallboardWithoutLoginUntilRevoked() {
        JsonPath link = newLink("Lobby TV");
        String token = link.getString("token");
        long linkId = link.getLong("link.id");
        org.hamcrest.MatcherAssert.assertThat(link.getString("path"), startsWith("/app/wallboard.html#kiosk="));

        given().header(HEADER, token).get(KIOSK).then().statusCode(200).body("id", equalTo((int) wallboard))
                .body("queues", equalTo(List.of(queue))).body("createdBy", nullValue());
        given().get("/app/wallboard.html").then().statusCode(not(equalTo(302)));
        // the token opens nothing but the kiosk API: not the wallboard API, not the live feed, not the console
        given().header(HEADER, token).accept("application/json").get(WALLBOARDS + "/" + wallboard)
                .then().statusCode(401);
        given().header(HEADER, token).accept("application/json").get("/api/session").then().statusCode(401);

        supervisor.api().get(WALLBOARDS + "/" + wallboard + "/kiosk-links").then().statusCode(200)
                .body("[0].label", equalTo("Lobby TV")).body("[0].active", equalTo(true))
                .body("[0].token", nullValue());
        supervisor.api().delete(WALLBOARDS + "/" + wallboard + "/kiosk-links/" + linkId).then().statusCode(200)
                .body("active", equalTo(false)).body("revokedBy", not(nullValue()));
        given().header(HEADER, token).get(KIOSK).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:callcenter:problem:kiosk-link"));
        supervisor.api().get("/api/admin/audit?action=wallboard.kiosk-link.revoked&target=wallboard:" + wallboard)
                .then().statusCode(403); // only admins read the audit log; the admin check follows
        TestLogin.as(users.admin(), TestUsers.PASSWORD).api()
                .get("/api/admin/audit?action=wallboard.kiosk-link.revoked&target=wallboard:" + wallboard)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void wrongTokensAndForeignManagersAreRefused() {
        given().header(HEADER, "not-a-token").get(KIOSK).then().statusCode(401);
        given().get(KIOSK).then().statusCode(401);
        given().header(HEADER, "x").get("/api/kiosk/figures?at=yesterday").then().statusCode(400);
        TestLogin.Session other = TestLogin.as(users.supervisor(AcdTestData.name("elsewhere")), TestUsers.PASSWORD);
        other.api().body(Map.of("label", "mine")).post(WALLBOARDS + "/" + wallboard + "/kiosk-links")
                .then().statusCode(403);
        other.api().get(WALLBOARDS + "/" + wallboard + "/kiosk-links").then().statusCode(403);
        long linkId = newLink("Hall").getLong("link.id");
        other.api().delete(WALLBOARDS + "/" + wallboard + "/kiosk-links/" + linkId).then().statusCode(403);
        supervisor.api().delete(WALLBOARDS + "/" + wallboard + "/kiosk-links/999999999").then().statusCode(404);
        supervisor.api().body(Map.of("label", "x".repeat(101))).post(WALLBOARDS + "/" + wallboard + "/kiosk-links")
                .then().statusCode(400);
    }

    @Test
    void deletingTheWallboardEndsItsLinks() {
        String token = newLink("Canteen").getString("token");
        supervisor.api().delete(WALLBOARDS + "/" + wallboard).then().statusCode(204);
        given().header(HEADER, token).get(KIOSK).then().statusCode(401);
    }
}
