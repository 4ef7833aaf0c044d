package io.callcenter.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.ari.events.ChannelEnteredBridge;
import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerMessage;
import io.callcenter.mirror.AriTrace;
import io.callcenter.mirror.MirrorIngest;
import io.callcenter.mirror.TraceReplayer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /api/live} over real websockets: snapshot, ordered deltas from a trace, server resync, client resync, ping, errors. */
@QuarkusTest
class LiveSocketTest {

    static final String CALLER = "1795718266.3650";
    static final String AGENT = "agent-1001-mwxwai5c";

    @TestHTTPResource("/api/live")
    URI uri;
    /** The test browsers' own event loops: server loops busy with a backlog must not stall their reading. */
    static final Vertx vertx = Vertx.vertx();
    @Inject
    ObjectMapper mapper;
    @Inject
    MirrorIngest ingest;

    @Test
    void snapshotShowsTheMirrorThenDeltasFollowTheTrace() {
        String ast = TraceReplayer.newAsteriskId("live");
        List<ReceivedEvent> all = AriTrace.events("inbound-queue-answered", "callcenter", "srv-" + ast, ast);
        int bridged = indexOfAgentBridged(all);
        all.subList(0, bridged + 1).forEach(ingest::onEvent);

        try (LiveClient client = LiveClient.connect(vertx, mapper, uri)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.of(ServerMessage.Snapshot.class).isEmpty());
            ServerMessage.Snapshot snapshot = client.of(ServerMessage.Snapshot.class).get(0);
            assertEquals(0, snapshot.seq());
            assertEquals(500, snapshot.heartbeatMs());
            LiveView atStart = LiveView.of(client.messages, ast);
            assertEquals(List.of(CALLER, AGENT), List.copyOf(atStart.channels.keySet()));
            assertEquals("call-mwxwai5c", atStart.channels.get(CALLER).bridgeId());
            assertEquals(List.of("call-mwxwai5c", "queue-sales-mwxwai5c"), List.copyOf(atStart.bridges.keySet()));

            all.subList(bridged + 1, all.size()).forEach(ingest::onEvent);

            await().atMost(Duration.ofSeconds(10)).until(() -> client.of(ServerMessage.DeltaMessage.class).stream()
                    .anyMatch(d -> d.change() instanceof Delta.BridgeRemove b && b.bridgeId().equals("call-mwxwai5c")));
            LiveView end = LiveView.of(client.messages, ast);
            assertEquals(Map.of(), end.channels);
            assertEquals(Map.of(), end.bridges);
            assertEquals(Map.of("PJSIP/trunk", "NOT_INUSE", "PJSIP/1001", "NOT_INUSE", "Announcer/ARI_MOH",
                    "UNKNOWN"), end.deviceStates);
            List<Delta.ChannelRemove> removed = client.of(ServerMessage.DeltaMessage.class).stream()
                    .map(ServerMessage.DeltaMessage::change).filter(Delta.ChannelRemove.class::isInstance)
                    .map(Delta.ChannelRemove.class::cast).filter(r -> r.asteriskId().equals(ast)).toList();
            assertEquals(List.of(CALLER, AGENT), removed.stream().map(Delta.ChannelRemove::channelId).toList());
            assertEquals("Normal Clearing", removed.get(0).causeTxt());
            assertEquals(16, removed.get(0).cause());
            assertEquals("DESTROYED", removed.get(0).reason());
            assertTrue(client.raw.stream().anyMatch(r -> r.startsWith("{\"type\":\"deltas\",\"first\":1,\"changes\":[{\"kind\":")),
                    "deltas are framed as documented");
        }
    }

    @Test
    void resyncSendsAFreshSnapshotAndRestartsSeq() {
        String ast = TraceReplayer.newAsteriskId("resync");
        try (LiveClient client = LiveClient.connect(vertx, mapper, uri)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.of(ServerMessage.Snapshot.class).isEmpty());
            for (int i = 0; i < 3; i++) {
                ingest.onEvent(ChannelEvents.stateChange(ast, "c-" + i, "Before", i));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> LiveView.of(client.messages, ast).channels.size() == 3);
            assertTrue(client.of(ServerMessage.DeltaMessage.class).size() >= 3);

            client.send("{\"type\":\"resync\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> client.of(ServerMessage.Snapshot.class).size() == 2);
            ingest.onEvent(ChannelEvents.stateChange(ast, "c-0", "After", 4));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "After".equals(LiveView.of(client.messages, ast).channels.get("c-0").caller().name()));
            LiveView view = LiveView.of(client.messages, ast); // asserts seq 1, 2... after the second snapshot
            assertEquals(3, view.channels.size(), "the second snapshot holds all three");
            int second = client.messages.indexOf(client.of(ServerMessage.Snapshot.class).get(1));
            ServerMessage next = client.messages.subList(second + 1, client.messages.size()).stream()
                    .filter(ServerMessage.DeltaMessage.class::isInstance).findFirst().orElseThrow();
            assertEquals(1, ((ServerMessage.DeltaMessage) next).seq());
        }
    }

    @Test
    void pingIsAnsweredAndServerSendsHeartbeats() {
        try (LiveClient client = LiveClient.connect(vertx, mapper, uri)) {
            client.send("{\"type\":\"ping\",\"id\":\"p-1\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.of(ServerMessage.Pong.class).isEmpty());
            assertEquals("p-1", client.of(ServerMessage.Pong.class).get(0).id());
            await().atMost(Duration.ofSeconds(10)).until(() -> client.of(ServerMessage.Heartbeat.class).size() >= 2);
        }
    }

    @Test
    void badClientMessagesGetAnErrorAndTheConnectionStaysOpen() {
        try (LiveClient client = LiveClient.connect(vertx, mapper, uri)) {
            client.send("{not json");
            client.send("{\"type\":\"subscribe\"}");
            client.send("[1,2]");
            client.send("{\"id\":\"no type\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> client.of(ServerMessage.ErrorMessage.class).size() == 4);
            List<String> reasons = client.of(ServerMessage.ErrorMessage.class).stream()
                    .map(ServerMessage.ErrorMessage::reason).toList();
            assertTrue(reasons.get(0).startsWith("malformed JSON"), reasons.get(0));
            assertEquals("unknown type \"subscribe\"; expected one of: resync, ping", reasons.get(1));
            assertTrue(reasons.get(2).contains("JSON object"), reasons.get(2));
            assertTrue(reasons.get(3).startsWith("missing or non-text \"type\""), reasons.get(3));

            client.send("{\"type\":\"ping\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.of(ServerMessage.Pong.class).isEmpty());
            assertNull(client.closeCode);
        }
    }

    @Test
    void aServerResyncRemovesWhatVanishedThenSaysResynced() {
        String ast = TraceReplayer.newAsteriskId("vanish");
        List<ReceivedEvent> all = AriTrace.events("inbound-queue-answered", "callcenter", "srv-" + ast, ast);
        all.subList(0, indexOfAgentBridged(all) + 1).forEach(ingest::onEvent);
        try (LiveClient client = LiveClient.connect(vertx, mapper, uri)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> LiveView.of(client.messages, ast).channels.size() == 2);
            ingest.onResync(new ResyncSnapshot("srv-" + ast, ast, Instant.now(), List.of(), List.of(), List.of(),
                    List.of(), null));
            await().atMost(Duration.ofSeconds(10)).until(() -> client.of(ServerMessage.DeltaMessage.class).stream()
                    .anyMatch(d -> d.change() instanceof Delta.Resynced r && r.asteriskId().equals(ast)));
            List<Delta> changes = client.of(ServerMessage.DeltaMessage.class).stream()
                    .map(ServerMessage.DeltaMessage::change).filter(c -> c.asteriskId().equals(ast)).toList();
            assertEquals(List.of("channelRemove", "channelRemove", "bridgeRemove", "bridgeRemove", "resynced"),
                    changes.stream().map(LiveSocketTest::kind).sorted(LiveSocketTest::byKindOrder).toList());
            assertTrue(changes.get(changes.size() - 1) instanceof Delta.Resynced, "resynced comes last");
            assertTrue(changes.stream().filter(Delta.ChannelRemove.class::isInstance)
                    .allMatch(c -> ((Delta.ChannelRemove) c).reason().equals("VANISHED")));
            LiveView view = LiveView.of(client.messages, ast);
            assertEquals(Map.of(), view.channels);
            assertEquals(Map.of(), view.bridges);
        }
    }

    private static String kind(Delta d) {
        String n = d.getClass().getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static int byKindOrder(String a, String b) {
        List<String> order = List.of("channelRemove", "bridgeRemove", "resynced");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static int indexOfAgentBridged(List<ReceivedEvent> all) {
        int i = 0;
        while (!(all.get(i).message() instanceof ChannelEnteredBridge e && e.channel().id().startsWith("agent-"))) {
            i++;
        }
        return i;
    }
}
