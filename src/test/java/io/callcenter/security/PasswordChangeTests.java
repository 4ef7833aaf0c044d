package io.callcenter.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changing one's own password: needs the current one, obeys the policy, ends the other sessions. */
@QuarkusTest
class PasswordChangeTests {

    @Inject
    TestUsers users;

    @Test
    void changeWorksAndEndsOtherSessions() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session here = TestLogin.as(agent, TestUsers.PASSWORD);
        TestLogin.Session elsewhere = TestLogin.as(agent, TestUsers.PASSWORD);
        here.api().body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "a-much-better-one"))
                .post("/api/me/password").then().statusCode(200);
        here.api().get("/api/session").then().statusCode(200);
        elsewhere.api().get("/api/session").then().statusCode(401);
        TestLogin.postLogin(agent, TestUsers.PASSWORD).then().statusCode(401);
        TestLogin.postLogin(agent, "a-much-better-one").then().statusCode(303);
    }

    @Test
    void wrongCurrentOrWeakNewPasswordIsRefused() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        session.api().body(Map.of("currentPassword", "not-my-password", "newPassword", "a-much-better-one"))
                .post("/api/me/password").then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:wrong-password"));
        session.api().body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "short"))
                .post("/api/me/password").then().statusCode(400)
                .body("type", equalTo("urn:callcenter:problem:weak-password"));
        session.api().body(Map.of("currentPassword", TestUsers.PASSWORD)).post("/api/me/password")
                .then().statusCode(400).body("type", equalTo("urn:callcenter:problem:validation"));
    }

    @Test
    void thePasswordPageChangesItToo() {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        session.withoutCsrf().get("/account/password").then().statusCode(200).body(containsString(agent));
        session.withoutCsrf().formParam("csrf-token", session.csrfToken())
                .formParam("currentPassword", TestUsers.PASSWORD).formParam("newPassword", "1234567890")
                .post("/account/password").then().statusCode(400).body(containsString("too common"));
        session.withoutCsrf().formParam("csrf-token", session.csrfToken())
                .formParam("currentPassword", TestUsers.PASSWORD).formParam("newPassword", "page-changed-pass")
                .post("/account/password").then().statusCode(200).body(containsString("Password changed"));
        TestLogin.postLogin(agent, "page-changed-pass").then().statusCode(303);
    }
}
