package io.callcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who may open {@code /api/live}: nobody anonymous; agents (their desk's deltas only, no mirror), supervisors, admins. */
@QuarkusTest
class LiveAccessTest {

    @TestHTTPResource("/api/live")
    URI uri;
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
    void agentIsAcceptedWithoutTheMirrorAndAdminSeesIt() throws Exception {
        String agent = TestLogin.as(users.agent(TestUsers.freshEndpoint()), TestUsers.PASSWORD).cookie();
        JsonNode snapshot = snapshot(agent);
        assertEquals("snapshot", snapshot.path("type").asText(), snapshot.toString());
        assertTrue(snapshot.get("servers").isEmpty(), "an agent sees no calls but its own desk's");
        connect(TestLogin.as(users.admin(), TestUsers.PASSWORD).cookie()).close();
    }

    private JsonNode snapshot(String cookie) throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket ws = connect(cookie);
        ws.textMessageHandler(text -> {
            if (text.contains("\"snapshot\"")) {
                first.complete(text);
            }
        });
        ws.writeTextMessage("{\"type\":\"resync\"}"); // the first snapshot may have come before the handler
        try {
            return new ObjectMapper().readTree(first.get(10, TimeUnit.SECONDS));
        } finally {
            ws.close();
        }
    }

    private WebSocket connect(String cookie) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getPath());
        if (cookie != null) {
            options.addHeader("Cookie", TestLogin.SESSION_COOKIE + "=" + cookie);
        }
        return vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }
}
