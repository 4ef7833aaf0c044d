package io.callcenter.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.callcenter.testsupport.EmbeddedPostgresResource;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin user API: happy paths, and every kind of bad input answered by a 4xx problem body. */
@QuarkusTest
class AdminUserApiTests {

    @Inject
    TestUsers users;

    TestLogin.Session admin;

    @BeforeEach
    void login() {
        admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
    }

    private static String name(String prefix) {
        return prefix + System.nanoTime() % 10_000_000;
    }

    @Test
    void createLinkAndChangeAUser() {
        String username = name("carol");
        String endpoint = TestUsers.freshEndpoint();
        admin.api().body(Map.of("username", username, "password", "carols-secret-pw", "roles", List.of("agent"),
                        "endpoint", endpoint, "queues", List.of("sales")))
                .post("/api/admin/users").then().statusCode(201)
                .body("username", equalTo(username)).body("endpoint", equalTo(endpoint))
                .body("queues", hasItem("sales")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passwordHash")));
        admin.api().body(Map.of("roles", List.of("agent", "supervisor"))).put("/api/admin/users/" + username + "/roles")
                .then().statusCode(200).body("roles", equalTo(List.of("agent", "supervisor")));
        admin.api().body(Map.of("queues", List.of("support", "sales"))).put("/api/admin/users/" + username + "/queues")
                .then().statusCode(200).body("queues", equalTo(List.of("sales", "support")));
        admin.api().body(Map.of("endpoint", "")).put("/api/admin/users/" + username + "/endpoint")
                .then().statusCode(200).body("endpoint", equalTo(null));
        admin.api().get("/api/admin/users/" + username).then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void badInputGivesProblemBodies() {
        String taken = users.agent(TestUsers.freshEndpoint());
        problem(Map.of("username", name("u"), "password", "long-enough-pw", "roles", List.of("janitor")), 400,
                "unknown-role");
        problem(Map.of("username", taken, "password", "long-enough-pw", "roles", List.of("agent")), 409,
                "duplicate-user");
        problem(Map.of("username", name("u"), "password", "short", "roles", List.of("agent")), 400, "weak-password");
        String user = name("dave");
        problem(Map.of("username", user, "password", user + "-password", "roles", List.of("agent")), 400,
                "weak-password");
        problem(Map.of("username", name("u"), "roles", List.of("agent")), 400, "validation");
        problem(Map.of("username", "Bad Name!", "password", "long-enough-pw", "roles", List.of("agent")), 400,
                "invalid-username");
        problem(Map.of("username", name("u"), "password", "long-enough-pw", "roles", List.of("agent"),
                "endpoint", "not an endpoint"), 400, "invalid-endpoint");
        admin.api().body("{\"username\": ").post("/api/admin/users").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:callcenter:problem:malformed-json"));
        admin.api().body("{\"username\": \"x\", \"roles\": \"agent\", \"password\": {}}").post("/api/admin/users")
                .then().statusCode(400).body("type", equalTo("urn:callcenter:problem:invalid-json"));
        admin.api().post("/api/admin/users").then().statusCode(400).body("status", equalTo(400));
        // a typo must not be silently ignored
        admin.api().body(Map.of("username", name("u"), "password", "long-enough-pw", "role", List.of("agent"),
                "roles", List.of("agent"))).post("/api/admin/users").then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:invalid-json")).body("detail", containsString("role"));
        admin.api().get("/api/admin/users/nobody-here").then().statusCode(404)
                .body("type", equalTo("urn:callcenter:problem:unknown-user"));
        admin.api().get("/api/admin/no-such-thing").then().statusCode(404).body("status", equalTo(404));
        admin.api().get("/api/admin/audit?from=yesterday").then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:invalid-instant"));
    }

    @Test
    void anEndpointBelongsToOneUser() {
        String endpoint = TestUsers.freshEndpoint();
        users.agent(endpoint);
        problem(Map.of("username", name("u"), "password", "long-enough-pw", "roles", List.of("agent"),
                "endpoint", endpoint), 409, "endpoint-taken");
    }

    @Test
    void disablingAUserEndsItsSessionsAndLogins() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        admin.api().body(Map.of("enabled", false)).put("/api/admin/users/" + agent + "/enabled")
                .then().statusCode(200).body("enabled", equalTo(false));
        session.api().get("/api/session").then().statusCode(401);
        TestLogin.postLogin(agent, TestUsers.PASSWORD).then().statusCode(401);
        admin.api().body(Map.of("enabled", true)).put("/api/admin/users/" + agent + "/enabled").then().statusCode(200);
        TestLogin.postLogin(agent, TestUsers.PASSWORD).then().statusCode(303);
    }

    @Test
    void generatedResetPasswordMustBeChangedBeforeAnythingElse() {
        String agent = users.agent(TestUsers.freshEndpoint());
        String temporary = admin.api().body(Map.of()).post("/api/admin/users/" + agent + "/password-reset")
                .then().statusCode(200).body("password", notNullValue()).extract().path("password");
        TestLogin.postLogin(agent, TestUsers.PASSWORD).then().statusCode(401);
        TestLogin.postLogin(agent, temporary).then().statusCode(303).header("Location", containsString("/account/password"));
        TestLogin.Session session = TestLogin.as(agent, temporary);
        session.api().get("/api/me/endpoint").then().statusCode(403);
        session.api().get("/api/session").then().statusCode(200).body("mustChangePassword", equalTo(true));
        session.api().body(Map.of("currentPassword", temporary, "newPassword", "my-own-new-secret"))
                .post("/api/me/password").then().statusCode(200);
        session.api().get("/api/me/endpoint").then().statusCode(200);
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedOrDisabled() throws SQLException {
        String me = admin.api().get("/api/session").then().extract().path("username");
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresResource.database().jdbcUrl(), "postgres",
                "postgres")) {
            db.createStatement().executeUpdate("update app_user set enabled = false where username <> '" + me + "'"
                    + " and id in (select user_id from user_role where role = 'admin')");
        }
        admin.api().body(Map.of("roles", Set.of("agent"))).put("/api/admin/users/" + me + "/roles")
                .then().statusCode(409).body("type", equalTo("urn:callcenter:problem:last-admin"));
        admin.api().body(Map.of("enabled", false)).put("/api/admin/users/" + me + "/enabled")
                .then().statusCode(409).body("type", equalTo("urn:callcenter:problem:last-admin"));
    }

    private void problem(Map<String, Object> body, int status, String type) {
        admin.api().body(body).post("/api/admin/users").then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:callcenter:problem:" + type)).body("status", equalTo(status))
                .body("title", notNullValue()).body("detail", notNullValue());
    }
}
