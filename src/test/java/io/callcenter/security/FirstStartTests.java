package io.callcenter.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.security.user.DemoUsers;
import io.callcenter.security.user.FirstStartAccounts;
import io.callcenter.security.user.UserService;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Without a configured admin, a random one-time password is logged once and must be changed at first login. */
@QuarkusTest
class FirstStartTests {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) ");

    @Inject
    FirstStartAccounts firstStart;

    @Inject
    DemoUsers demoUsers;

    @Inject
    UserService users;

    @Test
    void oneTimeAdminPasswordIsLoggedOnceAndMustBeChanged() throws Exception {
        AdminsDisabled.disableEveryAdmin();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FirstStartAccounts.class.getName());
        logger.addHandler(capture);
        try {
            firstStart.ensureAdmin();
            firstStart.ensureAdmin();
        } finally {
            logger.removeHandler(capture);
        }
        List<String> announced = lines.stream().filter(l -> l.contains("one-time password")).toList();
        assertEquals(1, announced.size(), "printed exactly once: " + lines);
        Matcher m = ONE_TIME.matcher(announced.get(0));
        assertTrue(m.find());
        String password = m.group(1);

        TestLogin.postLogin("admin", password).then().statusCode(303).header("Location", endsWith("/account/password"));
        TestLogin.Session admin = TestLogin.as("admin", password);
        admin.api().get("/api/admin/users").then().statusCode(403);
        admin.api().body(Map.of("currentPassword", password, "newPassword", "the-real-boss-pass"))
                .post("/api/me/password").then().statusCode(200);
        admin.api().get("/api/admin/users").then().statusCode(200);
        admin.api().get("/api/admin/audit?action=admin.bootstrap").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("items[0].details.oneTimePassword", equalTo(true));
    }

    @Test
    void demoUsersMatchTheDemoPbxEndpoints() {
        // tests that ran earlier in this JVM may have given demo phones to their own agents (AcdDriver) before any demo
        // user existed: free those phones, as AcdDriver does, so seeding does not depend on the test order
        Set<String> demoPhones = DemoUsers.USERS.stream().map(DemoUsers.DemoUser::endpoint).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        users.list().stream().filter(u -> demoPhones.contains(u.endpoint()) && DemoUsers.USERS.stream()
                .noneMatch(d -> d.username().equals(u.username()))).forEach(u -> users.setEndpoint(u.username(), null));
        demoUsers.seed();
        TestLogin.Session agent = TestLogin.as("agent1001", "demo-agent-pass");
        // other tests in this JVM hand demo phones to their own agents (AcdDriver), so the definitions must match the
        // demo PBX, and agent1001 has PJSIP/1001 unless a test took that phone from it
        DemoUsers.USERS.stream().filter(u -> u.username().matches("agent\\d{4}"))
                .forEach(u -> assertEquals("PJSIP/" + u.username().substring(5), u.endpoint()));
        String endpoint = agent.api().get("/api/me/endpoint").then().statusCode(200).extract().path("endpoint");
        assertTrue(endpoint == null || endpoint.isEmpty() || endpoint.equals("PJSIP/1001"), endpoint);
        TestLogin.Session supervisor = TestLogin.as("sup-sales", "demo-super-pass");
        supervisor.api().get("/api/agents/agent1002").then().statusCode(200);
        supervisor.api().get("/api/agents/agent1010").then().statusCode(403);
        assertEquals(13, DemoUsers.USERS.size());
    }
}
