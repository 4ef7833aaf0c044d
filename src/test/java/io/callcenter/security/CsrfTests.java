package io.callcenter.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** State-changing requests need the session's CSRF token (header for JSON, field for forms). */
@QuarkusTest
class CsrfTests {

    @Inject
    TestUsers users;

    @Test
    void jsonChangeWithoutOrWithWrongTokenIsRefusedAndWithTokenAccepted() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        Map<String, String> body = Map.of("displayName", "New Name");
        session.withoutCsrf().contentType(ContentType.JSON).body(body).put("/api/agents/" + agent + "/display-name")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:callcenter:problem:csrf"));
        session.withoutCsrf().contentType(ContentType.JSON).header("X-CSRF-Token", "forged").body(body)
                .put("/api/agents/" + agent + "/display-name").then().statusCode(403);
        session.api().body(body).put("/api/agents/" + agent + "/display-name").then().statusCode(200);
    }

    @Test
    void anotherSessionsTokenIsNotAccepted() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session mine = TestLogin.as(agent, TestUsers.PASSWORD);
        TestLogin.Session other = TestLogin.as(agent, TestUsers.PASSWORD);
        mine.withoutCsrf().contentType(ContentType.JSON).header("X-CSRF-Token", other.csrfToken())
                .body(Map.of("displayName", "X")).put("/api/agents/" + agent + "/display-name").then().statusCode(403);
    }

    @Test
    void formsNeedTheTokenField() {
        TestLogin.Session session = TestLogin.as(users.agent(TestUsers.freshEndpoint()), TestUsers.PASSWORD);
        session.withoutCsrf().formParam("currentPassword", TestUsers.PASSWORD).formParam("newPassword", "brand-new-pass-1")
                .post("/account/password").then().statusCode(403);
        // logout without token is refused too: a foreign site cannot log the user out
        session.withoutCsrf().post("/logout").then().statusCode(403);
        session.api().get("/api/session").then().statusCode(200);
    }

    @Test
    void loginFormNeedsItsDoubleSubmitToken() {
        String agent = users.agent(TestUsers.freshEndpoint());
        given().redirects().follow(false).formParam("username", agent).formParam("password", TestUsers.PASSWORD)
                .post("/login").then().statusCode(403);
        given().redirects().follow(false).cookie(TestLogin.LOGIN_CSRF_COOKIE, "cookie-value")
                .formParam("username", agent).formParam("password", TestUsers.PASSWORD)
                .formParam("csrf-token", "other-value").post("/login").then().statusCode(403);
        given().redirects().follow(false).cookie(TestLogin.LOGIN_CSRF_COOKIE, "cookie-value")
                .formParam("username", agent).formParam("password", TestUsers.PASSWORD)
                .formParam("csrf-token", "other-value").post("/login/").then().statusCode(403);
        TestLogin.postLogin(agent, TestUsers.PASSWORD).then().statusCode(303);
    }

    @Test
    void anExpiredSessionCanStillLogOutWithoutToken() {
        given().redirects().follow(false).cookie(TestLogin.SESSION_COOKIE, "long-gone").post("/logout")
                .then().statusCode(200);
    }
}
