package io.callcenter.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may use the console (admins, supervisors; not agents, not anonymous), CSRF, unknown and unreachable servers. */
@QuarkusTest
@TestProfile(ConsoleDemo.class)
class ConsoleAccessTest extends ConsoleTestBase {


    @Inject
    AriConnections connections;

    @Test
    void anonymousRequestsAre401() {
        given().contentType(ContentType.JSON).post(CHANNELS + "x/hangup").then().statusCode(401);
        given().get("/api/console/servers/demo/system/info").then().statusCode(401);
        given().get("/api/console/servers/demo/system/recordings/x/file").then().statusCode(401);
    }

    @Test
    void agentsAre403EverywhereInTheConsole() {
        TestLogin.Session agent = TestLogin.as(users.agent(TestUsers.freshEndpoint(), "sales"), TestUsers.PASSWORD);
        agent.api().post(CHANNELS + "x/hangup").then().statusCode(403).body("status", equalTo(403));
        agent.api().body(Map.of("type", "mixing")).post("/api/console/servers/demo/bridges").then().statusCode(403);
        agent.api().body(Map.of("state", "BUSY")).put("/api/console/servers/demo/deviceStates/x").then().statusCode(403);
        agent.api().get("/api/console/servers/demo/system/info").then().statusCode(403);
        agent.api().get("/api/console/servers/demo/system/recordings/x/file").then().statusCode(403);
    }

    @Test
    void stateChangingCallsNeedTheCsrfHeader() {
        DemoCalls.EchoCall call = calls.echoCall();
        TestLogin.Session supervisor = supervisor();
        supervisor.withoutCsrf().contentType(ContentType.JSON).post(CHANNELS + call.id() + "/hold").then().statusCode(403)
                .body("type", equalTo("urn:callcenter:problem:csrf"));
        assertEquals(0, calls.audit("demo/" + call.id()).size(), "a forged request never reaches ARI nor the audit log");
        supervisor.api().post(CHANNELS + call.id() + "/hold").then().statusCode(200);
        supervisor.api().post(CHANNELS + call.id() + "/hangup").then().statusCode(200);
    }

    @Test
    void anUnknownServerIs404NamingTheServer() {
                calls.ari();
        admin.api().post("/api/console/servers/nowhere/channels/x/hangup").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("nowhere"))
                .body("detail", containsString("demo"));
        admin.api().get("/api/console/servers/nowhere/system/info").then().statusCode(404);
    }

    @Test
    void anAsteriskThatDoesNotAnswerIs502InWords() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        connections.open(new AriServer("dead", URI.create("http://127.0.0.1:" + closedPort), "u", "p", "callcenter", true));
        try {
                        admin.api().post("/api/console/servers/dead/channels/x/hold").then().statusCode(502)
                    .body("type", equalTo("urn:callcenter:problem:ari-unreachable"))
                    .body("detail", containsString("did not answer hold"));
            admin.api().get("/api/console/servers/dead/system/info").then().statusCode(502);
            assertEquals("unreachable", calls.audit("dead/x").get(0).get("outcome"));
        } finally {
            connections.close("dead");
        }
    }
}
