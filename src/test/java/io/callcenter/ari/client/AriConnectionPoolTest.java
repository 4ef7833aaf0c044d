package io.callcenter.ari.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.ari.config.AriConfig;
import io.callcenter.ari.config.AriServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Asterisk's HTTP server takes 100 sessions in total (http.conf sessionlimit) and cut off a client that opened a
 * connection per request: one client must stay within its pool and reuse its connections across resource groups.
 */
@QuarkusTest
class AriConnectionPoolTest {

    static final int REQUESTS = 200;

    @Inject
    AriClientFactory factory;

    @Inject
    AriConfig config;

    @Test
    void concurrentRequestsOfAllGroupsShareOneBoundedKeepAlivePool() throws Exception {
        int poolSize = config.connectionPoolSize();
        ExecutorService callers = Executors.newFixedThreadPool(4 * poolSize);
        try (TinyAriHttpServer ari = new TinyAriHttpServer()) {
            // a little server-side latency so requests overlap and the pool fills up
            ari.on("GET /ari/channels", new TinyAriHttpServer.Answer(200, "application/json", "[]", 20));
            ari.on("GET /ari/bridges", new TinyAriHttpServer.Answer(200, "application/json", "[]", 20));
            ari.on("GET /ari/endpoints", new TinyAriHttpServer.Answer(200, "application/json", "[]", 20));
            try (AriApi client = factory.create(new AriServer("pbx1", ari.baseUri(), "u", "p", "callcenter", true))) {
                List<Future<?>> calls = new ArrayList<>();
                for (int i = 0; i < REQUESTS; i++) {
                    int n = i;
                    calls.add(callers.submit(() -> switch (n % 3) {
                        case 0 -> client.channels().list();
                        case 1 -> client.bridges().list();
                        default -> client.endpoints().list();
                    }));
                }
                for (Future<?> call : calls) {
                    call.get(60, TimeUnit.SECONDS);
                }
            }
            assertEquals(REQUESTS, ari.seen().size());
            assertTrue(ari.maxOpenConnections() <= poolSize,
                    "at most " + poolSize + " connections at once, saw " + ari.maxOpenConnections());
            assertTrue(ari.totalConnections() <= poolSize,
                    "connections are kept alive and reused: " + ari.totalConnections() + " opened for " + REQUESTS + " requests");
            assertTrue(ari.maxOpenConnections() > 1, "requests ran in parallel");
        } finally {
            callers.shutdownNow();
        }
    }
}
