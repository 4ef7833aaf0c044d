package io.callcenter.ari.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.callcenter.testsupport.ari.FakeAriServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A configured server is connected at startup; a peer that goes silent is found dead by pings (fast here). */
@QuarkusTest
@WithTestResource(FakeAriBootResource.class)
class AriConnectionStartupTest extends AriConnectionTestBase {

    @Test
    void opensConfiguredServersAtStartup() {
        await().until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals("boot") && s.state() == ConnectionState.CONNECTED));
        assertEquals("/ari/events?app=bootapp&subscribeAll=true", FakeAriBootResource.fake.websocketUris().get(0));
        assertTrue(FakeAriBootResource.fake.requests("GET", "/ari/applications/bootapp").size() >= 1);
    }

    @Test
    void aSilentPeerIsDetectedByPingsAndReplaced() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        fake.silence(true);
        fake.cutWebsockets();

        // The cut makes the client reconnect to a socket that opens, then never closes nor answers a ping: only
        // the dead-peer check can leave it, so connecting yet again after that proves the check fired.
        await().atMost(Duration.ofSeconds(15)).until(() -> fake.connectionCount() >= 3
                && listener.states(name).stream().filter(s -> s == ConnectionState.CONNECTED).count() >= 3);
        assertTrue(counter("ari.connection.reconnects", name) >= 2);
    }

    @Test
    void aConnectionLostWithoutCloseFrameIsNoticedAndReconnected() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        fake.silence(true);
        fake.cutWebsockets();
        await().until(() -> fake.connectionCount() == 2 && state(name) == ConnectionState.CONNECTED);
        fake.killSilentWebsockets();

        // Well before the 4 s dead-peer timeout: the next ping (200 ms) sees the socket closed.
        await().atMost(Duration.ofSeconds(2)).until(() -> fake.connectionCount() == 3);
    }
}
