package io.callcenter.wallboard;

import static io.callcenter.wallboard.WallboardApiTests.WALLBOARDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.admin.QueueService;
import io.callcenter.acd.config.AcdTestData;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wallboard push socket: who it lets in, what it sends first, and that revoking a kiosk link closes it. */
@QuarkusTest
class WallboardPushTests {

    @TestHTTPResource("/")
    URL root;
    @Inject
    TestUsers users;
    @Inject
    QueueService queueService;

    String queue;
    TestLogin.Session supervisor;
    long wallboard;

    @BeforeEach
    void wallboard() {
        SupervisedWallboard fixture = SupervisedWallboard.create(users, queueService, "push");
        queue = fixture.queue();
        supervisor = fixture.supervisor();
        wallboard = fixture.id();
    }

    /** A socket's frames and how it closed. */
    static final class Client implements WebSocket.Listener {
        final List<JsonPath> frames = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JsonPath.from(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed.complete(status);
            return null;
        }

        List<String> types() {
            return frames.stream().map(f -> f.getString("type")).toList();
        }
    }

    private Client open(String query, String cookie) {
        Client client = new Client();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (cookie != null) {
            builder.header("Cookie", TestLogin.SESSION_COOKIE + "=" + cookie);
        }
        URI uri = URI.create(root.toString().replaceFirst("^http", "ws") + "api/wallboard-push/" + wallboard + query);
        builder.buildAsync(uri, client).join();
        return client;
    }

    @Test
    void aSupervisorGetsTheLayoutThenTheFigures() {
        Client client = open("", supervisor.cookie());
        await().atMost(Duration.ofSeconds(20)).until(() -> client.types().contains("figures"));
        JsonPath hello = client.frames.get(0);
        assertEquals("hello", hello.getString("type"));
        assertEquals(queue, hello.getString("wallboard.queues[0]"));
        assertEquals("Calls waiting", hello.getString("metrics.find { it.id == 'waiting' }.label"));
        JsonPath figures = client.frames.stream().filter(f -> "figures".equals(f.getString("type"))).findFirst()
                .orElseThrow();
        assertEquals(queue, figures.getString("tiles[0].queue"));
        assertEquals(0.0f, figures.getFloat("tiles[0].values.waiting"));
        assertEquals(true, figures.getBoolean("live"));
    }

    @Test
    void othersAreClosedWithTheReason() {
        String agentCookie = TestLogin.as(users.agent(TestUsers.freshEndpoint(), queue), TestUsers.PASSWORD).cookie();
        assertEquals(4403, open("", agentCookie).closed.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
        String foreign = TestLogin.as(users.supervisor(AcdTestData.name("other")), TestUsers.PASSWORD).cookie();
        assertEquals(4403, open("", foreign).closed.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
        assertEquals(4403, open("", null).closed.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
        assertEquals(4401, open("?kiosk=forged-token-123", null).closed
                .orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
    }

    @Test
    void revokingAKioskLinkClosesItsOpenSocketAtOnce() {
        JsonPath link = supervisor.api().body(Map.of("label", "TV")).post(WALLBOARDS + "/" + wallboard + "/kiosk-links")
                .then().statusCode(201).extract().jsonPath();
        Client tv = open("?kiosk=" + link.getString("token"), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> tv.types().contains("figures"));
        supervisor.api().delete(WALLBOARDS + "/" + wallboard + "/kiosk-links/" + link.getLong("link.id"))
                .then().statusCode(200);
        assertEquals(4401, tv.closed.orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join());
        assertEquals(4401, open("?kiosk=" + link.getString("token"), null).closed
                .orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
    }
}
