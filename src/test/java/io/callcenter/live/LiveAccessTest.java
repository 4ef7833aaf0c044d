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
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who may open {@code /api/live}: nobody anonymous; agents (who see only their own calls), supervisors, admins. */
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
    void agentAndAdminAreAccepted() throws Exception {
        WebSocket agent = connect(TestLogin.as(users.agent(TestUsers.freshEndpoint()), TestUsers.PASSWORD).cookie());
        agent.close();
        WebSocket admin = connect(TestLogin.as(users.admin(), TestUsers.PASSWORD).cookie());
        admin.close();
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
