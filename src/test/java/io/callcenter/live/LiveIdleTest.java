package io.callcenter.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.live.wire.ServerMessage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A browser that stays silent is closed; one that pings stays connected. */
@QuarkusTest
@TestProfile(LiveIdleTest.ShortIdle.class)
class LiveIdleTest {

    /** A one-second idle timeout, checked every 200 ms. */
    public static class ShortIdle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("callcenter.live.client-idle-timeout", "1s", "callcenter.live.heartbeat-interval", "200ms");
        }
    }

    static final Vertx vertx = Vertx.vertx();

    @TestHTTPResource("/api/live")
    URI uri;
    @Inject
    ObjectMapper mapper;

    @Test
    void aSilentClientIsClosedWhileAPingingOneStays() {
        try (LiveClient silent = LiveClient.connect(vertx, mapper, uri);
                LiveClient pinging = LiveClient.connect(vertx, mapper, uri)) {
            long timer = vertx.setPeriodic(250, t -> pinging.send("{\"type\":\"ping\"}"));
            try {
                await().atMost(Duration.ofSeconds(15)).until(() -> silent.closeCode != null);
                assertEquals(4001, silent.closeCode.intValue());
                assertTrue(silent.closeReason.startsWith("idle"), silent.closeReason);
                assertTrue(silent.of(ServerMessage.Heartbeat.class).size() >= 2, "heartbeats came meanwhile");
                // its login (bcrypt) may end after the silent one was already closed: give it its own second
                await().atMost(Duration.ofSeconds(15)).until(() -> pinging.of(ServerMessage.Pong.class).size() >= 8);
                assertFalse(pinging.closed(), "the pinging client stays connected");
                assertEquals(null, pinging.closeCode);
            } finally {
                vertx.cancelTimer(timer);
            }
        }
    }
}
