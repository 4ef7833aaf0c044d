package io.callcenter.ari.connection;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server in configuration is connected at startup without anyone asking. */
@QuarkusTest
@WithTestResource(FakeAriBootResource.class)
class AriConnectionStartupTest {

    @Inject
    AriConnectionManager connections;

    @Test
    void opensConfiguredServersAtStartup() {
        await().until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals("boot") && s.state() == ConnectionState.CONNECTED));
        assertEquals(List.of("/ari/events?app=bootapp&subscribeAll=true"), FakeAriBootResource.fake.websocketUris());
        assertEquals(1, FakeAriBootResource.fake.requests("GET", "/ari/applications/bootapp").size());
    }
}
