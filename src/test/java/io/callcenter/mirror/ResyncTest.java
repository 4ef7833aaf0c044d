package io.callcenter.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.ari.events.ChannelEnteredBridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.mirror.MirrorChange.BridgeRemoved;
import io.callcenter.mirror.MirrorChange.ChannelRemoved;
import io.callcenter.mirror.MirrorChange.RemovalReason;
import io.callcenter.mirror.MirrorChange.Resynced;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Resyncs after a reconnect, objects that vanished meanwhile, and several servers side by side. */
@QuarkusTest
class ResyncTest {

    static final String VANISHED = "vanished while disconnected";
    static final String CALLER = "1795718266.3650";
    static final String AGENT = "agent-1001-mwxwai5c";
    static final Instant TAKEN = Instant.parse("2026-11-26T18:37:52Z");

    @Inject
    TraceReplayer replayer;
    @Inject
    LiveMirror mirror;
    @Inject
    ChangeLog changes;
    @Inject
    DataSource ds;

    @Test
    void reconnectTraceResyncMatchesTheServerThenEndsClean() {
        String ast = TraceReplayer.newAsteriskId("reconnect");
        String trace = "websocket-reconnect";
        List<ReceivedEvent> events = AriTrace.events(trace, "callcenter", "srv", ast);
        long reconnectedAt = 68;
        replayer.feed(events.stream().filter(e -> e.sequence() < reconnectedAt).toList());
        replayer.resync(AriTrace.snapshot(trace, reconnectedAt, "srv", ast, Instant.parse("2026-11-26T18:39:08Z")));

        ServerMirrorView view = mirror.server(ast).orElseThrow();
        assertEquals(List.of("1795718345.3672"), view.channels().stream().map(ChannelView::id).toList());
        assertEquals("queue-sales-mwxwc6ri", view.channels().get(0).bridgeId());
        assertEquals("callcenter", view.channels().get(0).stasisApp());
        assertEquals(Instant.parse("2026-11-26T18:39:05.147Z"), view.channels().get(0).answered());
        assertEquals(List.of("1795718345.3672"), view.bridges().get(0).channelIds());
        assertEquals(List.of(), changes.of(ast, ChannelRemoved.class));
        assertEquals(0, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND destroyed IS NOT NULL", ast));

        replayer.feed(events.stream().filter(e -> e.sequence() >= reconnectedAt).toList());
        assertTrue(mirror.server(ast).orElseThrow().channels().isEmpty());
        assertEquals(1, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND close_reason = 'destroyed' AND cause = 16", ast));
        assertEquals(1, Db.count(ds, "SELECT count(*) FROM bridge_membership WHERE asterisk_id = ?", ast));
        assertEquals(AriTrace.distinct(events), Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?",
                ast));
    }

    @Test
    void objectsMissingFromTheSnapshotAreClosedAsVanished() {
        String ast = TraceReplayer.newAsteriskId("vanish");
        replayer.feed(untilAgentBridged(ast));
        assertEquals(2, mirror.server(ast).orElseThrow().channels().size());

        replayer.resync(new ResyncSnapshot("srv", ast, TAKEN, List.of(callerSnapshot(ast)), List.of(), List.of(),
                List.of(), null));

        ServerMirrorView view = mirror.server(ast).orElseThrow();
        assertEquals(List.of(CALLER), view.channels().stream().map(ChannelView::id).toList());
        assertEquals(null, view.channels().get(0).bridgeId());
        assertEquals(List.of(), view.bridges());
        List<MirrorChange> log = changes.of(ast);
        assertInstanceOf(Resynced.class, log.get(log.size() - 1));
        assertEquals(List.of(AGENT), changes.of(ast, ChannelRemoved.class).stream()
                .filter(r -> r.reason() == RemovalReason.VANISHED).map(r -> r.channel().id()).toList());
        assertEquals(2, changes.of(ast, BridgeRemoved.class).stream()
                .filter(r -> r.reason() == RemovalReason.VANISHED).count());
        assertEquals(List.of(AGENT), Db.rows(ds, "SELECT channel_id FROM channel_history WHERE asterisk_id = ?"
                + " AND close_reason = ? AND destroyed = ?", ast, VANISHED, TAKEN.atOffset(java.time.ZoneOffset.UTC))
                .stream().map(r -> r.get("channel_id")).toList());
        assertEquals(1, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND destroyed IS NULL", ast));
        assertEquals(2, Db.count(ds, "SELECT count(*) FROM bridge_history WHERE asterisk_id = ?"
                + " AND close_reason = ?", ast, VANISHED));
        assertEquals(2, Db.count(ds, "SELECT count(*) FROM bridge_membership WHERE asterisk_id = ?"
                + " AND close_reason = ?", ast, VANISHED));
        assertEquals(0, Db.count(ds, "SELECT count(*) FROM bridge_membership WHERE asterisk_id = ?"
                + " AND left_at IS NULL", ast));
    }

    @Test
    void twoServersKeepTheirOwnObjects() {
        String a = TraceReplayer.newAsteriskId("server-a");
        String b = TraceReplayer.newAsteriskId("server-b");
        List<ReceivedEvent> ea = untilAgentBridged(a);
        List<ReceivedEvent> eb = untilAgentBridged(b);
        List<ReceivedEvent> interleaved = new ArrayList<>();
        for (int i = 0; i < ea.size(); i++) {
            interleaved.add(ea.get(i));
            interleaved.add(eb.get(i));
        }
        replayer.feed(interleaved);
        assertEquals(mirror.server(a).orElseThrow().channels().stream().map(ChannelView::id).toList(),
                mirror.server(b).orElseThrow().channels().stream().map(ChannelView::id).toList());
        assertEquals(2, mirror.server(b).orElseThrow().bridges().size());

        replayer.resync(new ResyncSnapshot("srv", a, TAKEN, List.of(), List.of(), List.of(), List.of(), null));
        String c = TraceReplayer.newAsteriskId("server-c");
        replayer.resync(new ResyncSnapshot("srv-c", c, TAKEN, List.of(callerSnapshot(b)), List.of(), List.of(),
                List.of(), null));
        assertEquals(null, mirror.channel(c, CALLER).orElseThrow().answered(), "a read cannot know the answer time");
        assertEquals("Up", mirror.channel(c, CALLER).orElseThrow().state());
        assertTrue(mirror.server(a).orElseThrow().channels().isEmpty());
        assertEquals(2, mirror.server(b).orElseThrow().channels().size());
        assertEquals(2, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND close_reason = ?", a, VANISHED));
        assertEquals(2, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND destroyed IS NULL", b));
        assertEquals(Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", a),
                Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", b));
    }

    /** inbound-queue-answered up to the agent entering the call bridge: two channels, two bridges. */
    private static List<ReceivedEvent> untilAgentBridged(String ast) {
        List<ReceivedEvent> all = AriTrace.events("inbound-queue-answered", "callcenter", "srv-" + ast, ast);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).message() instanceof ChannelEnteredBridge e && AGENT.equals(e.channel().id())) {
                return all.subList(0, i + 1);
            }
        }
        throw new IllegalStateException("trace changed");
    }

    private Channel callerSnapshot(String ast) {
        return mirror.channel(ast, CALLER).map(c -> new Channel(c.id(), "", c.name(), c.state(),
                new io.callcenter.ari.model.CallerID(c.caller().name(), c.caller().number()), null, "",
                null, io.callcenter.ari.events.AriTime.format(c.created()), "en", null, null, null)).orElseThrow();
    }
}
