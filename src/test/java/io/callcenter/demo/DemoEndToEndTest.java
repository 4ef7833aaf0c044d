package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.Db;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole chain with no Asterisk configured: the app starts the demo PBX, connects to it over real HTTP and
 * websocket, mirrors its generated calls live and writes their history to PostgreSQL.
 */
@QuarkusTest
@TestProfile(DemoEndToEndTest.DemoOwnedByTheApp.class)
class DemoEndToEndTest {

    /**
     * Its own app instance: {@link DemoPbxStartupTest} opens a second websocket for the app, which takes the
     * Stasis app over from the app's connection (as Asterisk does), so the two must not share one.
     */
    public static class DemoOwnedByTheApp extends DemoPbxStartupTest.DemoOn {
    }

    @Inject
    AriConnections connections;

    @Inject
    LiveMirror mirror;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestUsers users;

    @Test
    void generatedCallsReachTheMirrorAndTheHistory() {
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals("demo") && s.state() == ConnectionState.CONNECTED));
        // the demo world's agents and trunk arrive with the resync, calls with the traffic generator
        await().atMost(Duration.ofSeconds(20)).until(() -> mirror.snapshot().stream()
                .anyMatch(s -> "demo".equals(s.server()) && s.endpoints().size() == 9 && !s.channels().isEmpty()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !Db.rows(dataSource,
                "select 1 from channel_history where destroyed is not null and cause is not null limit 1").isEmpty());
        List<Map<String, Object>> types = Db.rows(dataSource,
                "select count(*) as n from ari_event where type = 'StasisStart'");
        assertTrue(((Number) types.get(0).get("n")).longValue() > 0, "StasisStart events are in the raw log");
        TestLogin.as(users.admin(), TestUsers.PASSWORD).api().get("/api/mirror").then().statusCode(200)
                .body("find { it.server == 'demo' }.endpoints.size()", org.hamcrest.Matchers.equalTo(9));
        assertEquals(1, mirror.snapshot().stream().filter(s -> "demo".equals(s.server())).count());
    }
}
