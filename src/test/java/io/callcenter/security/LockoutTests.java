package io.callcenter.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.security.auth.LoginOutcome;
import io.callcenter.security.auth.LoginService;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Repeated failed logins lock the username, and separately the address; refusals are audited. */
@QuarkusTest
class LockoutTests {

    @Inject
    TestUsers users;

    @Inject
    LoginService logins;

    @Test
    void fiveFailuresLockTheUserUntilAnAdminResetsThePassword() {
        String agent = users.agent(TestUsers.freshEndpoint());
        for (int i = 0; i < 5; i++) {
            TestLogin.postLogin(agent, "wrong-password-" + i).then().statusCode(401);
        }
        // even the right password is refused now
        TestLogin.postLogin(agent, TestUsers.PASSWORD).then().statusCode(429)
                .body(containsString("Too many failed attempts"));
        TestLogin.Session admin = TestLogin.as(users.admin(), TestUsers.PASSWORD);
        admin.api().get("/api/admin/audit?action=login.lockout&target=" + agent).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].address", equalTo("127.0.0.1"))
                .body("items[0].details.by", equalTo("user"));
        admin.api().get("/api/admin/audit?action=login.refused&actor=" + agent).then().statusCode(200)
                .body("items.details.locked", hasItem("user"));
        admin.api().body(Map.of("password", "fresh-start-pass")).post("/api/admin/users/" + agent + "/password-reset")
                .then().statusCode(200);
        TestLogin.postLogin(agent, "fresh-start-pass").then().statusCode(303);
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressOnly() {
        String agent = users.agent(TestUsers.freshEndpoint());
        String attacker = "203.0.113." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 40; i++) {
            // a different username each time: only the address counter can trip
            assertEquals(LoginOutcome.Result.FAILED,
                    logins.login("guess" + i + "-" + System.nanoTime(), "wrong-password", attacker).result());
        }
        assertEquals(LoginOutcome.Result.LOCKED, logins.login(agent, TestUsers.PASSWORD, attacker).result());
        assertEquals(LoginOutcome.Result.SUCCESS, logins.login(agent, TestUsers.PASSWORD, "198.51.100.7").result());
    }
}
