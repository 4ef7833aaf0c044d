package io.callcenter.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Qute admin screens for users and audit, and the audit rows their actions leave. */
@QuarkusTest
class AdminPagesTests {

    @Inject
    TestUsers users;

    String adminName;
    TestLogin.Session admin;

    @BeforeEach
    void login() {
        adminName = users.admin();
        admin = TestLogin.as(adminName, TestUsers.PASSWORD);
    }

    @Test
    void adminCreatesAndEditsAUserOnThePages() {
        String username = "page" + System.nanoTime() % 10_000_000;
        admin.withoutCsrf().get("/admin/users").then().statusCode(200).body(containsString(adminName));
        form().formParam("username", username).formParam("displayName", "Paula Page")
                .formParam("password", "paulas-password").formParam("roles", "agent")
                .formParam("endpoint", TestUsers.freshEndpoint()).formParam("queues", "sales, support")
                .post("/admin/users").then().statusCode(200).body(containsString("User created."));
        form().formParam("username", username + "x").formParam("password", "short").formParam("roles", "agent")
                .post("/admin/users").then().statusCode(400).body(containsString("at least 10 characters"));
        form().formParam("roles", "agent").formParam("roles", "supervisor").post("/admin/users/" + username + "/roles")
                .then().statusCode(200).body(containsString("Roles saved."));
        form().formParam("password", "").post("/admin/users/" + username + "/password")
                .then().statusCode(200).body(containsString("One-time password (shown once)"));
        admin.api().get("/api/admin/users/" + username).then().statusCode(200)
                .body("roles", hasItem("supervisor")).body("mustChangePassword", equalTo(true));
        // the page output is HTML-escaped
        admin.withoutCsrf().get("/admin/users/" + username).then().statusCode(200).body(containsString("Paula Page"));
    }

    @Test
    void auditRowsNameActorTargetAndAddressAndThePageFiltersThem() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        TestLogin.postLogin(agent, "wrong-password-x").then().statusCode(401);
        session.withoutCsrf().formParam("csrf-token", session.csrfToken()).post("/logout").then().statusCode(200);
        admin.api().get("/api/admin/audit?actor=" + agent).then().statusCode(200)
                .body("items.action", hasItem("login")).body("items.action", hasItem("login.failed"))
                .body("items.action", hasItem("logout")).body("items.address", not(hasItem(org.hamcrest.Matchers.nullValue())))
                .body("items[0].address", equalTo("127.0.0.1"));
        admin.api().get("/api/admin/audit?action=login.failed&actor=" + agent).then()
                .body("items[0].details.reason", equalTo("wrong-password"));
        admin.api().body(java.util.Map.of("queues", java.util.List.of("sales"))).put("/api/admin/users/" + agent + "/queues")
                .then().statusCode(200);
        admin.api().get("/api/admin/audit?action=user.queues&target=" + agent).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor", equalTo(adminName))
                .body("items[0].address", equalTo("127.0.0.1")).body("items[0].details.after", hasItem("sales"));
        admin.api().get("/api/admin/audit?actor=" + agent + "&size=1&page=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1));
        admin.withoutCsrf().get("/admin/audit?actor=" + agent).then().statusCode(200)
                .body(containsString("login.failed")).body(containsString("127.0.0.1"));
        admin.api().get("/api/admin/audit?size=0").then().statusCode(400);
    }

    private io.restassured.specification.RequestSpecification form() {
        return admin.withoutCsrf().formParam("csrf-token", admin.csrfToken());
    }
}
