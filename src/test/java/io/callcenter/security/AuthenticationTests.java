package io.callcenter.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.testsupport.EmbeddedPostgresResource;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Deny by default, the login form, the session cookie, logout and both session expiries. */
@QuarkusTest
class AuthenticationTests {

    @Inject
    TestUsers users;

    @Test
    void anonymousApiCallsGetA401ProblemAndPagesRedirectToLogin() {
        given().get("/api/session").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
        given().get("/api/some/future/endpoint").then().statusCode(401);
        given().redirects().follow(false).get("/").then().statusCode(302).header("Location", containsString("/login"));
        given().redirects().follow(false).get("/admin/users").then().statusCode(302);
    }

    @Test
    void operationalEndpointsLoginPageAndAssetsArePublic() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/login").then().statusCode(200).body(containsString("name=\"csrf-token\""));
        given().get("/static/security.css").then().statusCode(200);
    }

    @Test
    void loginSetsAStrictHttpOnlySessionCookieAndShowsTheUser() {
        String agent = users.agent(TestUsers.freshEndpoint());
        Response login = TestLogin.postLogin(agent, TestUsers.PASSWORD);
        login.then().statusCode(303).header("Location", containsString("/"));
        String setCookie = login.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(TestLogin.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
        given().cookie(TestLogin.SESSION_COOKIE, login.getCookie(TestLogin.SESSION_COOKIE)).get("/")
                .then().statusCode(200).body(containsString(agent));
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
        String agent = users.agent(TestUsers.freshEndpoint());
        String wrong = TestLogin.postLogin(agent, "not-the-password").then().statusCode(401).extract().asString();
        String unknown = TestLogin.postLogin("nobody-" + System.nanoTime(), "whatever-pass").then().statusCode(401)
                .extract().asString();
        assertTrue(wrong.contains("Wrong username or password"));
        assertTrue(unknown.contains("Wrong username or password"));
    }

    @Test
    void logoutEndsTheSessionServerSide() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        given().cookie(TestLogin.SESSION_COOKIE, session.cookie()).get("/logout").then().statusCode(200);
        given().cookie(TestLogin.SESSION_COOKIE, session.cookie()).formParam("csrf-token", session.csrfToken())
                .post("/logout").then().statusCode(200).body(containsString("logged out"));
        // the old cookie is worthless even if it was copied before logout
        given().cookie(TestLogin.SESSION_COOKIE, session.cookie()).get("/api/session").then().statusCode(401);
    }

    @Test
    void sessionsExpireAfterInactivityAndAfterTheAbsoluteLimit() throws SQLException {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session idle = TestLogin.as(agent, TestUsers.PASSWORD);
        TestLogin.Session old = TestLogin.as(agent, TestUsers.PASSWORD);
        idle.api().get("/api/session").then().statusCode(200);
        old.api().get("/api/session").then().statusCode(200);
        try (Connection db = DriverManager.getConnection(EmbeddedPostgresResource.database().jdbcUrl(), "postgres",
                "postgres")) {
            // idle: last seen 31 minutes ago (limit 30M); old: opened 11 hours ago but active (limit 10H)
            db.createStatement().executeUpdate("update user_session set last_seen_at = now() - interval '31 minutes' "
                    + "where token_hash = encode(sha256('" + idle.cookie() + "'::bytea), 'hex')");
            db.createStatement().executeUpdate("update user_session set created_at = now() - interval '11 hours' "
                    + "where token_hash = encode(sha256('" + old.cookie() + "'::bytea), 'hex')");
        }
        idle.api().get("/api/session").then().statusCode(401);
        old.api().get("/api/session").then().statusCode(401);
    }
}
