package io.callcenter.mirror;

import static io.callcenter.mirror.AssertRows.assertRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.mirror.MirrorChange.ChannelRemoved;
import io.callcenter.mirror.MirrorChange.PlaybackRemoved;
import io.callcenter.mirror.MirrorChange.PlaybackUpdated;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Abandoned, unanswered, originated and catalogue calls: mirror and history after each recorded trace. */
@QuarkusTest
class CallTracesTest {

    private static final String CHANNEL_ROW = """
            SELECT channel_id, created, answered, destroyed, cause, cause_txt, hangup_cause, hangup_tech_cause,
                   close_reason FROM channel_history WHERE asterisk_id = ? ORDER BY created, channel_id""";

    @Inject
    TraceReplayer replayer;
    @Inject
    LiveMirror mirror;
    @Inject
    ChangeLog changes;
    @Inject
    DataSource ds;

    @Test
    void abandonedCallsEndWithCause16AndThen127() {
        String ast = TraceReplayer.newAsteriskId("abandoned");
        List<ReceivedEvent> events = replayer.replay("inbound-queue-abandoned", "callcenter", ast);

        assertEmptyMirror(ast);
        List<Map<String, Object>> rows = Db.rows(ds, CHANNEL_ROW, ast);
        assertEquals(2, rows.size());
        assertRow(rows.get(0), "1795718286.3658", "18:38:06.698", "18:38:06.702", "18:38:11.711", 16,
                "Normal Clearing", null, null, "destroyed");
        assertRow(rows.get(1), "1795718291.3661", "18:38:11.832", null, "18:38:13.338", 127,
                "Interworking, unspecified", 127, 487, "destroyed");
        assertRow(Db.rows(ds, "SELECT bridge_id, channel_id, entered_at, left_at FROM bridge_membership"
                + " WHERE asterisk_id = ?", ast).get(0), "queue-sales-mwxwaxo9", "1795718286.3658", "18:38:06.708",
                "18:38:11.711");
        assertRow(Db.rows(ds, "SELECT created, destroyed, close_reason FROM bridge_history WHERE asterisk_id = ?",
                ast).get(0), "18:38:06.705", "18:38:11.714", "destroyed");
        assertEquals(List.of("announce-mwxwaxo9"),
                changes.of(ast, PlaybackUpdated.class).stream().map(p -> p.playback().id()).toList());
        assertEquals(List.of("announce-mwxwaxo9"),
                changes.of(ast, PlaybackRemoved.class).stream().map(p -> p.playback().id()).toList());
        assertEquals(List.of(16, 127), changes.of(ast, ChannelRemoved.class).stream().map(ChannelRemoved::cause)
                .toList());
        assertEventCount(ast, events);
    }

    @Test
    void unansweredAgentsEndWithCause19() {
        String ast = TraceReplayer.newAsteriskId("noanswer");
        List<ReceivedEvent> events = replayer.replay("agent-no-answer", "callcenter", ast);

        assertEmptyMirror(ast);
        List<Map<String, Object>> rows = Db.rows(ds, CHANNEL_ROW, ast);
        assertEquals(2, rows.size());
        assertRow(rows.get(0), "agent-1002-mwxwb524", "18:38:16.466", null, "18:38:21.473", 19,
                "User alerting, no answer", null, null, "destroyed");
        assertRow(rows.get(1), "agent-1002-dial-mwxwb524", "18:38:23.485", null, "18:38:27.488", 19,
                "User alerting, no answer", null, null, "destroyed");
        ChannelRemoved ringing = changes.of(ast, ChannelRemoved.class).get(0);
        assertEquals("Ringing", ringing.channel().state());
        assertEquals("RINGING", ringing.channel().dialStatus());
        assertEventCount(ast, events);
    }

    @Test
    void originatedChannelsSeenFromTheirFirstDial() {
        String ast = TraceReplayer.newAsteriskId("originate");
        List<ReceivedEvent> events = replayer.replay("originate-continue-dialplan", "originator", ast);

        assertEmptyMirror(ast);
        List<Map<String, Object>> rows = Db.rows(ds, CHANNEL_ROW, ast);
        assertEquals(2, rows.size());
        assertEquals("orig-1-mwxwbgqv", rows.get(0).get("channel_id"));
        assertEquals(Instant.parse("2026-11-26T18:38:32.618Z"), rows.get(0).get("answered"));
        assertEquals(Instant.parse("2026-11-26T18:38:33.622Z"), rows.get(0).get("destroyed"));
        assertEquals(Instant.parse("2026-11-26T18:38:35.134Z"), rows.get(1).get("answered"));
        assertEquals(16, rows.get(1).get("cause"));
        ChannelView first = changes.of(ast, MirrorChange.ChannelUpdated.class).get(0).channel();
        assertEquals("orig-1-mwxwbgqv", first.id());
        assertEquals("", first.dialStatus());
        assertEventCount(ast, events);
    }

    @Test
    void catalogueCallsAndBridgeAreClosed() {
        String ast = TraceReplayer.newAsteriskId("catalog");
        List<ReceivedEvent> events = replayer.replay("rest-catalog", "callcenter", ast);

        assertEmptyMirror(ast);
        assertEquals(4, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND destroyed IS NOT NULL AND cause = 16", ast));
        assertRow(Db.rows(ds, "SELECT bridge_id, destroyed FROM bridge_history WHERE asterisk_id = ?", ast).get(0),
                "cat-bridge-mwxwaffa", "18:37:43.634");
        assertEventCount(ast, events);
    }

    @Test
    void appOnlyCallerStaysUntilAResyncClosesIt() {
        String ast = TraceReplayer.newAsteriskId("apponly");
        String trace = "inbound-queue-answered-app-only";
        List<ReceivedEvent> events = replayer.replay(trace, "callcenter", ast);

        ChannelView caller = mirror.channel(ast, "1795718276.3654").orElseThrow();
        assertNull(caller.stasisApp());
        assertEquals(16, caller.hangupCause());
        assertEquals(List.of(), mirror.bridge(ast, "queue-sales-mwxwapww").orElseThrow().channelIds());

        Instant takenAt = Instant.parse("2026-11-26T18:38:05Z");
        replayer.resync(AriTrace.snapshot(trace, events.get(events.size() - 1).sequence(), "srv-" + ast, ast,
                takenAt));
        assertEmptyMirror(ast);
        assertRow(Db.rows(ds, CHANNEL_ROW, ast).get(0), "1795718276.3654", "18:37:56.950", "18:37:56.953",
                "18:38:05.000", null, null, 16, null, "vanished while disconnected");
        assertRow(Db.rows(ds, CHANNEL_ROW, ast).get(1), "agent-1001-mwxwapww", "18:37:58.961", "18:38:00.470",
                "18:38:03.765", 16, "Normal Clearing", null, null, "destroyed");
        assertRow(Db.rows(ds, "SELECT bridge_id, destroyed, close_reason FROM bridge_history WHERE asterisk_id = ?"
                + " ORDER BY created", ast).get(0), "queue-sales-mwxwapww", "18:38:05.000",
                "vanished while disconnected");
        assertEquals(0, Db.count(ds, "SELECT count(*) FROM bridge_membership WHERE asterisk_id = ?"
                + " AND left_at IS NULL", ast));
        assertEventCount(ast, events);
    }

    @Test
    void unknownEventTypesAreLoggedRawNotDropped() {
        String ast = TraceReplayer.newAsteriskId("unknown");
        String raw = "{\"type\":\"ChannelTeleported\",\"timestamp\":\"2026-11-26T18:40:00.000+0000\","
                + "\"application\":\"callcenter\",\"channel\":{\"id\":\"tele-1\"},\"to\":\"mars\"}";
        replayer.feed(List.of(new ReceivedEvent("srv", ast, 1, Instant.parse("2026-11-26T18:40:00.100Z"), raw,
                io.callcenter.ari.events.AriEventParser.parse(raw))));
        assertRow(Db.rows(ds, "SELECT type, channel_id, application, event_time, payload->>'to' FROM ari_event"
                + " WHERE asterisk_id = ?", ast).get(0), "ChannelTeleported", "tele-1", "callcenter",
                "18:40:00.000", "mars");
        assertEquals(List.of(), mirror.server(ast).orElseThrow().channels());
    }

    @Test
    void aFrameJsonbRefusesIsKeptAsTextAndTheBatchStillLands() {
        String ast = TraceReplayer.newAsteriskId("refused");
        List<ReceivedEvent> events = new java.util.ArrayList<>(AriTrace.events("agent-no-answer", "callcenter", "srv",
                ast).subList(0, 4));
        // Jackson tolerates trailing text after the object; PostgreSQL's jsonb does not
        String raw = "{\"type\":\"ChannelUserevent\",\"timestamp\":\"2026-11-26T18:41:00.000+0000\"} tail";
        events.add(2, new ReceivedEvent("srv", ast, 99, Instant.parse("2026-11-26T18:41:00.100Z"), raw,
                io.callcenter.ari.events.AriEventParser.parse(raw)));
        replayer.feed(events);
        assertEquals(5, Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", ast));
        assertEquals(raw, Db.rows(ds, "SELECT payload #>> '{}' AS raw FROM ari_event WHERE asterisk_id = ?"
                + " AND jsonb_typeof(payload) = 'string'", ast).get(0).get("raw"));
    }

    private void assertEmptyMirror(String ast) {
        ServerMirrorView view = mirror.server(ast).orElseThrow();
        assertEquals(List.of(), view.channels());
        assertEquals(List.of(), view.bridges());
        assertEquals(List.of(), view.playbacks());
        assertEquals(List.of(), view.recordings());
    }

    private void assertEventCount(String ast, List<ReceivedEvent> events) {
        assertEquals(AriTrace.distinct(events),
                Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", ast));
    }
}
