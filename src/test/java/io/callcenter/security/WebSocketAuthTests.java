package io.callcenter.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The websocket upgrade under /api is refused without a valid session, and works with one. */
@QuarkusTest
class WebSocketAuthTests {

    @Inject
    Vertx vertx;

    @Inject
    TestUsers users;

    @Test
    void anonymousUpgradeIsRefused() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> connect(null));
        assertTrue(refused.getCause() instanceof UpgradeRejectedException, refused.toString());
        assertEquals(401, ((UpgradeRejectedException) refused.getCause()).getStatus());
    }

    @Test
    void revokedOrForgedSessionUpgradeIsRefused() {
        ExecutionException refused = assertThrows(ExecutionException.class, () -> connect("forged-token"));
        assertEquals(401, ((UpgradeRejectedException) refused.getCause()).getStatus());
    }

    @Test
    void loggedInUpgradeIsAcceptedAndKnowsTheUser() throws Exception {
        String agent = users.agent(TestUsers.freshEndpoint());
        TestLogin.Session session = TestLogin.as(agent, TestUsers.PASSWORD);
        CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();
        WebSocket socket = connect(session.cookie(), received);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("hello " + agent));
        } finally {
            socket.close();
        }
    }

    private WebSocket connect(String cookie) throws Exception {
        return connect(cookie, new CopyOnWriteArrayList<>());
    }

    private WebSocket connect(String cookie, CopyOnWriteArrayList<String> received) throws Exception {
        WebSocketClient client = vertx.createWebSocketClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("localhost")
                .setPort(RestAssured.port).setURI("/api/live-test");
        if (cookie != null) {
            options.addHeader("Cookie", TestLogin.SESSION_COOKIE + "=" + cookie);
        }
        return client.webSocket().textMessageHandler(received::add).connect(options)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
