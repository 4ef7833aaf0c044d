package io.callcenter.acd.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.callcenter.acd.config.AcdTestData;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Qute ACD admin pages: forms carry the CSRF field, changes land in the API, refusals are shown in words. */
@QuarkusTest
class AcdAdminPagesTests {

    @Inject
    TestUsers users;

    TestLogin.Session admin;

    @BeforeEach
    void login() {
        admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }

    private RequestSpecification form() {
        return admin.withoutCsrf().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", admin.csrfToken());
    }

    @Test
    void queuesAreCreatedAndEditedOnThePages() {
        String name = AcdTestData.name("page");
        String did = AcdTestData.did();
        admin.withoutCsrf().get("/").then().statusCode(200).body(containsString("/admin/acd"));
        form().formParam("name", name).formParam("dids", did).formParam("strategy", "LINEAR").post("/admin/acd/queues")
                .then().statusCode(200).body(containsString("Queue " + name + " created."));
        admin.withoutCsrf().get("/admin/acd/queues/" + name).then().statusCode(200)
                .body(containsString("name=\"csrf-token\"")).body(containsString(did));
        form().formParam("dids", did).formParam("strategy", "loudest-first").formParam("ringTimeoutSeconds", "-1")
                .post("/admin/acd/queues/" + name).then().statusCode(400)
                .body(containsString("strategy: unknown value &#39;loudest-first&#39;"))
                .body(containsString("ringTimeoutSeconds: must be at least 1"));
        form().formParam("dids", did).formParam("strategy", "RING_ALL").formParam("ringTimeoutSeconds", "abc")
                .post("/admin/acd/queues/" + name).then().statusCode(400)
                .body(containsString("is not a whole number"));
        form().formParam("dids", did + ", " + AcdTestData.did()).formParam("strategy", "RING_ALL")
                .formParam("ringTimeoutSeconds", "25").formParam("overflowKind", "HANGUP")
                .formParam("joinWhenNoAgents", "true").formParam("requiredSkills", "english:2")
                .post("/admin/acd/queues/" + name).then().statusCode(200).body(containsString("Queue saved."));
        admin.api().get("/api/admin/acd/queues/" + name).then().body("strategy", equalTo("RING_ALL"))
                .body("ringTimeoutSeconds", equalTo(25)).body("requiredSkills.english", equalTo(2));
        form().post("/admin/acd/queues/" + name + "/delete").then().statusCode(200)
                .body(containsString("Queue " + name + " deleted."));
    }

    @Test
    void hoursAgentsAndPauseReasonsOnThePages() {
        String hours = AcdTestData.name("ph");
        form().formParam("name", hours).formParam("zone", "Europe/Berlin")
                .formParam("week", "MONDAY 09:00-12:00 13:00-17:00\nSATURDAY 10:00-00:00")
                .formParam("holidays", "2026-12-25").post("/admin/acd/hours").then().statusCode(200)
                .body(containsString("Business hours created."));
        admin.api().get("/api/admin/acd/business-hours/" + hours).then().body("week.MONDAY.size()", equalTo(2));
        form().formParam("zone", "Nowhere/Land").formParam("week", "").post("/admin/acd/hours/" + hours).then()
                .statusCode(400).body(containsString("zone: unknown time zone"));

        String queue = AcdTestData.name("pq");
        form().formParam("name", queue).formParam("dids", AcdTestData.did()).post("/admin/acd/queues").then()
                .statusCode(200);
        String agent = users.agent(TestUsers.freshEndpoint());
        form().formParam("memberships", queue + ":2").post("/admin/acd/agents/" + agent + "/memberships").then()
                .statusCode(200).body(containsString("Memberships saved."));
        form().formParam("memberships", "nowhere:1").post("/admin/acd/agents/" + agent + "/memberships").then()
                .statusCode(400).body(containsString("no queue named &#39;nowhere&#39;"));
        form().formParam("skills", "english:4").post("/admin/acd/agents/" + agent + "/skills").then()
                .statusCode(200).body(containsString("english:4"));
        admin.withoutCsrf().get("/admin/acd").then().statusCode(200).body(containsString(agent))
                .body(containsString(queue + " (2)"));

        String code = "p" + System.nanoTime() % 1_000_000;
        form().formParam("code", code).formParam("label", "Page reason").post("/admin/acd/pause-reasons").then()
                .statusCode(200).body(containsString("Page reason"));
        form().formParam("code", code).formParam("label", "Twice").post("/admin/acd/pause-reasons").then()
                .statusCode(409).body(containsString("already exists"));
        form().post("/admin/acd/pause-reasons/" + code + "/delete").then().statusCode(200)
                .body(containsString("Pause reason " + code + " deleted."));
    }

    @Test
    void onlyAdminsWithTheCsrfField() {
        TestLogin.Session supervisor = TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD);
        supervisor.withoutCsrf().get("/admin/acd").then().statusCode(403);
        admin.withoutCsrf().contentType("application/x-www-form-urlencoded").formParam("code", "nocsrf")
                .formParam("label", "x").post("/admin/acd/pause-reasons").then().statusCode(403);
    }
}
