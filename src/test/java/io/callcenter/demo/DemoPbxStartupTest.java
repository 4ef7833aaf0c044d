package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The embedded default: with no Asterisk configured the app starts the demo PBX, which then carries live traffic. */
@QuarkusTest
@TestProfile(DemoPbxStartupTest.DemoOn.class)
class DemoPbxStartupTest {

    /** Turns the demo on (tests keep it off by default) with a known password and brisk traffic. */
    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("callcenter.demo.enabled", "true", "callcenter.demo.password", "startup-test-pw",
                    "callcenter.demo.calls-per-hour", "36000", "callcenter.demo.seed", "7", "callcenter.demo.agents", "8");
        }
    }

    @Inject
    DemoPbx demo;

    @Test
    void startsOnARandomLoopbackPortAndDeliversGeneratedCallsToTheApp() {
        assertTrue(demo.port() > 0);
        AriTestClient client = new AriTestClient(URI.create("http://127.0.0.1:" + demo.port()), "demo", "startup-test-pw");
        assertEquals(9, client.call("GET", "/ari/endpoints").body().size(), "8 agents + trunk");
        AriTestClient.Events events = client.events("callcenter", true);
        await().atMost(Duration.ofSeconds(10)).until(() -> events.frames.stream()
                .anyMatch(f -> "StasisStart".equals(f.path("type").asText())));
        assertEquals(401, new AriTestClient(URI.create("http://127.0.0.1:" + demo.port()), "demo", "wrong")
                .call("GET", "/ari/asterisk/info").status());
    }

    @Test
    void prodRefusesTheDemoWithoutItsOwnPasswordAndNamesTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DemoPbx.password(Optional.of(" "), true));
        assertTrue(e.getMessage().contains("callcenter.demo.password"), e.getMessage());
        assertEquals(36, DemoPbx.password(Optional.empty(), false).length(), "dev gets a generated one");
    }
}
