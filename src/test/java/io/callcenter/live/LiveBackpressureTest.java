package io.callcenter.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerMessage;
import io.callcenter.mirror.MirrorIngest;
import io.callcenter.mirror.TraceReplayer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Coalescing of bursts per client, and a browser that stops reading being closed without delaying another one. */
@QuarkusTest
class LiveBackpressureTest {

    @TestHTTPResource("/api/live")
    URI uri;
    /** The test browsers' own event loops: server loops busy with a backlog must not stall their reading. */
    static final Vertx vertx = Vertx.vertx();
    @Inject
    ObjectMapper mapper;
    @Inject
    MirrorIngest ingest;
    @Inject
    LiveMeters meters;
    @Inject
    LiveConfig config;

    @Test
    void aBurstOnOneChannelIsCoalescedToItsLatestState() {
        String ast = TraceReplayer.newAsteriskId("burst");
        try (LiveClient client = LiveClient.connect(vertx, mapper, uri)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.of(ServerMessage.Snapshot.class).isEmpty());
            long burstStart = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                ingest.onEvent(ChannelEvents.stateChange(ast, "hot", "Caller " + i, i));
            }
            long burstMillis = (System.nanoTime() - burstStart) / 1_000_000;
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                var hot = LiveView.of(client.messages, ast).channels.get("hot");
                return hot != null && hot.caller().name().equals("Caller 999");
            });
            long sent = client.of(ServerMessage.DeltaMessage.class).stream()
                    .filter(d -> d.change() instanceof Delta.ChannelUpsert c && c.asteriskId().equals(ast)).count();
            // at most one message per flush interval while the burst lasted (+1 for each end), however slow the
            // machine made the burst
            long intervals = burstMillis / config.flushInterval().toMillis();
            assertTrue(sent <= intervals + 2 && sent < 1000,
                    "1000 updates in " + burstMillis + " ms were coalesced into " + sent + " messages");
            ingest.onEvent(ChannelEvents.destroyed(ast, "hot", 1000));
            await().atMost(Duration.ofSeconds(10)).until(() -> LiveView.of(client.messages, ast).channels.isEmpty());
        }
    }

    @Test
    void aClientThatStopsReadingIsClosedWhileAnotherKeepsUp() {
        String ast = TraceReplayer.newAsteriskId("slow");
        String big = "x".repeat(3000);
        double slowBefore = meters.slowClosed();
        try (LiveClient stuck = LiveClient.connect(vertx, mapper, uri, true);
                LiveClient normal = LiveClient.connect(vertx, mapper, uri)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !normal.of(ServerMessage.Snapshot.class).isEmpty());
            // ~9 MB: more than the kernel buffers between the server and a client that reads nothing
            for (int i = 0; i < 3000; i++) {
                ingest.onEvent(ChannelEvents.stateChange(ast, "c-" + i, big + i, i));
            }
            for (int i = 0; i < 500; i++) {
                ingest.onEvent(ChannelEvents.stateChange(ast, "c-" + i, "second round " + i, 3000 + i));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                LiveView v = LiveView.of(normal.messages, ast);
                return v.channels.size() == 3000 && v.channels.get("c-499").caller().name().equals("second round 499");
            });
            await().atMost(Duration.ofSeconds(15)).until(() -> meters.slowClosed() > slowBefore);

            stuck.resume();
            await().atMost(Duration.ofSeconds(30)).until(() -> stuck.closeCode != null);
            assertEquals(4008, stuck.closeCode.intValue());
            assertEquals("too slow: resync", stuck.closeReason);
            assertTrue(!normal.closed(), "the reading client stays connected");
        } finally {
            for (int i = 0; i < 3000; i++) {
                ingest.onEvent(ChannelEvents.destroyed(ast, "c-" + i, 4000 + i));
            }
        }
    }
}
