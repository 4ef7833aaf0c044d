package io.callcenter.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.callcenter.mirror.AssertRows.assertRow;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.mirror.MirrorChange.BridgeRemoved;
import io.callcenter.mirror.MirrorChange.ChannelRemoved;
import io.callcenter.mirror.MirrorChange.RemovalReason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** inbound-queue-answered: caller parked, agent originated and bridged, both hang up, bridges destroyed. */
@QuarkusTest
class InboundQueueAnsweredTest {

    static final String CALLER = "1795718266.3650";
    static final String AGENT = "agent-1001-mwxwai5c";

    @Inject
    TraceReplayer replayer;
    @Inject
    LiveMirror mirror;
    @Inject
    ChangeLog changes;
    @Inject
    DataSource ds;

    @Test
    void mirrorEndsEmptyAndReportsBothHangups() {
        String ast = TraceReplayer.newAsteriskId("answered");
        replayer.replay("inbound-queue-answered", "callcenter", ast);
        assertEndState(mirror, changes, ast);
    }

    /** The mirror after the whole trace: empty, both hangups reported with cause 16, both bridges removed. */
    static void assertEndState(LiveMirror mirror, ChangeLog changes, String ast) {
        ServerMirrorView view = mirror.server(ast).orElseThrow();
        assertEquals(List.of(), view.channels());
        assertEquals(List.of(), view.bridges());
        assertEquals(Map.of("PJSIP/trunk", "NOT_INUSE", "PJSIP/1001", "NOT_INUSE", "Announcer/ARI_MOH", "UNKNOWN"),
                view.deviceStates().stream().collect(java.util.stream.Collectors.toMap(DeviceStateView::name,
                        DeviceStateView::state)));
        List<ChannelRemoved> removed = changes.of(ast, ChannelRemoved.class);
        assertEquals(List.of(CALLER, AGENT), removed.stream().map(r -> r.channel().id()).toList());
        for (ChannelRemoved r : removed) {
            assertEquals(RemovalReason.DESTROYED, r.reason());
            assertEquals(16, r.cause());
            assertEquals("Normal Clearing", r.causeTxt());
            assertEquals("Up", r.channel().state());
        }
        ChannelView agent = removed.get(1).channel();
        assertEquals(Instant.parse("2026-11-26T18:37:50.413Z"), agent.answered());
        assertEquals(new Party("Caller 5551000", "5551000"), agent.connected());
        assertEquals(List.of("call-mwxwai5c", "queue-sales-mwxwai5c"),
                changes.of(ast, BridgeRemoved.class).stream().map(b -> b.bridge().id()).toList());
    }

    @Test
    void historyHoldsExactLifecycles() {
        String ast = TraceReplayer.newAsteriskId("answered");
        List<ReceivedEvent> events = replayer.replay("inbound-queue-answered", "callcenter", ast);

        assertEquals(76, events.size());
        assertEquals(72, AriTrace.distinct(events), "Asterisk sent 4 frames twice");
        assertExactHistory(ds, ast);
    }

    /** The history rows after the whole trace, exact to the millisecond, as the events' timestamps give them. */
    static void assertExactHistory(DataSource ds, String ast) {
        assertEquals(72, Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", ast));
        // ids are drawn in arrival order before the rows are copied, so frames of the same millisecond (many here)
        // read back in the order they arrived (HistoryWriterOutageTest checks it over two connections)
        assertEquals(0, Db.count(ds, """
                SELECT count(*) FROM (SELECT sequence,
                                             lag(sequence) OVER (PARTITION BY event_time ORDER BY id) AS prev
                                      FROM ari_event WHERE asterisk_id = ?) o WHERE sequence < prev""", ast));
        assertTrue(Db.count(ds, "SELECT count(*) - count(DISTINCT event_time) FROM ari_event WHERE asterisk_id = ?",
                ast) > 10, "the trace has frames of the same millisecond");
        List<Map<String, Object>> channels = Db.rows(ds, """
                SELECT channel_id, name, caller_name, caller_number, connected_name, connected_number, context, exten,
                       priority, created, answered, destroyed, cause, cause_txt, hangup_cause, close_reason
                FROM channel_history WHERE asterisk_id = ? ORDER BY created""", ast);
        assertEquals(2, channels.size());
        assertRow(channels.get(0), CALLER, "PJSIP/trunk-00000e09", "Caller 5551000", "5551000", "Caller 5551000",
                "5551000", "from-trunk", "5000", 1L, "18:37:46.886", "18:37:46.892", "18:37:53.703", 16,
                "Normal Clearing", 16, "destroyed");
        assertRow(channels.get(1), AGENT, "PJSIP/1001-00000e0a", "Caller 5551000", "5551000", "Caller 5551000",
                "5551000", "from-agents", "s", 1L, "18:37:48.906", "18:37:50.413", "18:37:53.707", 16,
                "Normal Clearing", null, "destroyed");
        List<Map<String, Object>> bridges = Db.rows(ds, """
                SELECT bridge_id, bridge_type, technology, created, destroyed, close_reason
                FROM bridge_history WHERE asterisk_id = ? ORDER BY created""", ast);
        assertRow(bridges.get(0), "queue-sales-mwxwai5c", "holding", "holding_bridge", "18:37:46.899",
                "18:37:53.712", "destroyed");
        assertRow(bridges.get(1), "call-mwxwai5c", "mixing", "simple_bridge", "18:37:50.416", "18:37:53.710",
                "destroyed");
        List<Map<String, Object>> stays = Db.rows(ds, """
                SELECT bridge_id, channel_id, entered_at, left_at, close_reason FROM bridge_membership
                WHERE asterisk_id = ? ORDER BY entered_at, channel_id""", ast);
        assertEquals(3, stays.size());
        assertRow(stays.get(0), "queue-sales-mwxwai5c", CALLER, "18:37:46.902", "18:37:50.417", null);
        assertRow(stays.get(1), "call-mwxwai5c", CALLER, "18:37:50.421", "18:37:53.701", null);
        assertRow(stays.get(2), "call-mwxwai5c", AGENT, "18:37:50.421", "18:37:53.706", null);
        assertEquals(7, Db.count(ds, "SELECT count(*) FROM device_state_change WHERE asterisk_id = ?", ast));
        assertEquals(72, Db.count(ds, "SELECT count(*) FROM ari_event_p20261126"
                + " WHERE asterisk_id = ?", ast), "the trace's day got its own partition");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals(1, Db.count(ds, "SELECT count(*) FROM pg_class WHERE relname = ?", "ari_event_p" + today),
                "partitions are created ahead");
    }

    @Test
    void replayingTwiceAddsNothing() {
        String ast = TraceReplayer.newAsteriskId("twice");
        replayer.replay("inbound-queue-answered", "callcenter", ast);
        String before = dump(ast);
        List<ReceivedEvent> events = replayer.replay("inbound-queue-answered", "callcenter", ast);
        assertEquals(before, dump(ast));
        assertEquals(AriTrace.distinct(events), Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", ast));
        assertTrue(mirror.server(ast).orElseThrow().channels().isEmpty());
    }

    private String dump(String ast) {
        return Db.rows(ds, "SELECT * FROM channel_history WHERE asterisk_id = ? ORDER BY channel_id", ast).toString()
                + Db.rows(ds, "SELECT * FROM bridge_history WHERE asterisk_id = ? ORDER BY bridge_id", ast)
                + Db.rows(ds, "SELECT * FROM bridge_membership WHERE asterisk_id = ? ORDER BY 2, 3, 4", ast)
                + Db.rows(ds, "SELECT * FROM device_state_change WHERE asterisk_id = ? ORDER BY 2, 4, 3", ast)
                + Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", ast);
    }
}
