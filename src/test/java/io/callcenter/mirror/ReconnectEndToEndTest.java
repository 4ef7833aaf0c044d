package io.callcenter.mirror;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.MirrorChange.BridgeRemoved;
import io.callcenter.mirror.MirrorChange.ChannelRemoved;
import io.callcenter.mirror.MirrorChange.RemovalReason;
import io.callcenter.mirror.MirrorChange.Resynced;
import io.callcenter.testsupport.ari.Trace;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The websocket is cut while a caller waits in the queue; meanwhile that caller hangs up and another one is parked.
 * After the reconnect the mirror equals what the server answers, the vanished objects are closed in history, and
 * frames sent again add no rows.
 */
@QuarkusTest
class ReconnectEndToEndTest {

    static final String GONE_CALLER = "1795718266.3650";
    static final String GONE_BRIDGE = "queue-sales-mwxwai5c";
    static final String NEW_CALLER = "1795718345.3672";
    static final String NEW_BRIDGE = "queue-sales-mwxwc6ri";
    /** In websocket-reconnect, the line where the callcenter websocket connects again. */
    static final long RECONNECTED = 68;

    @Inject
    WebsocketFeeder feeder;
    @Inject
    LiveMirror mirror;
    @Inject
    ChangeLog changes;
    @Inject
    DataSource ds;

    @Test
    void afterTheCutTheMirrorIsTheServersStateAndHistoryHasNoDuplicates() {
        String ast = TraceReplayer.newAsteriskId("e2e-cut");
        try (WebsocketFeeder.Session s = feeder.open("callcenter", ast)) {
            List<String> parked = untilCallerParked(ast);
            feeder.push(s, parked);
            assertEquals(List.of(GONE_CALLER), channelIds(ast));
            assertEquals(List.of(GONE_BRIDGE), bridgeIds(ast));
            long logged = eventRows(ast);

            Trace reconnect = Trace.load("websocket-reconnect");
            s.fake().answer("GET", "/ari/channels", 200, afterReconnect(reconnect, "/ari/channels"))
                    .answer("GET", "/ari/bridges", 200, afterReconnect(reconnect, "/ari/bridges"));
            s.fake().cutWebsockets();
            await().atMost(Duration.ofSeconds(30)).until(() -> s.fake().connectionCount() == 2
                    && feeder.state(s.server()) == ConnectionState.CONNECTED
                    && changes.of(ast, Resynced.class).size() == 2);
            await().until(() -> historyIdle() && Db.count(ds, "SELECT count(*) FROM channel_history"
                    + " WHERE asterisk_id = ? AND close_reason = ?", ast, ResyncTest.VANISHED) == 1);

            assertEquals(List.of(NEW_CALLER), channelIds(ast));
            assertEquals(List.of(NEW_BRIDGE), bridgeIds(ast));
            assertEquals(List.of(NEW_CALLER), mirror.bridge(ast, NEW_BRIDGE).orElseThrow().channelIds());
            assertEquals(NEW_BRIDGE, mirror.channel(ast, NEW_CALLER).orElseThrow().bridgeId());
            assertEquals(List.of(GONE_CALLER), changes.of(ast, ChannelRemoved.class).stream()
                    .filter(r -> r.reason() == RemovalReason.VANISHED).map(r -> r.channel().id()).toList());
            assertEquals(List.of(GONE_BRIDGE), changes.of(ast, BridgeRemoved.class).stream()
                    .filter(r -> r.reason() == RemovalReason.VANISHED).map(r -> r.bridge().id()).toList());
            assertEquals(List.of(GONE_CALLER), ids("SELECT channel_id FROM channel_history WHERE asterisk_id = ?"
                    + " AND close_reason = ? AND destroyed IS NOT NULL", ast, ResyncTest.VANISHED));
            assertEquals(List.of(GONE_BRIDGE), ids("SELECT bridge_id FROM bridge_history WHERE asterisk_id = ?"
                    + " AND close_reason = ? AND destroyed IS NOT NULL", ast, ResyncTest.VANISHED));
            assertEquals(List.of(GONE_CALLER), ids("SELECT channel_id FROM bridge_membership WHERE asterisk_id = ?"
                    + " AND close_reason = ? AND left_at IS NOT NULL", ast, ResyncTest.VANISHED));
            assertEquals(List.of(NEW_CALLER), ids("SELECT channel_id FROM channel_history WHERE asterisk_id = ?"
                    + " AND destroyed IS NULL", ast));
            assertEquals(List.of(NEW_BRIDGE), ids("SELECT bridge_id FROM bridge_history WHERE asterisk_id = ?"
                    + " AND destroyed IS NULL", ast));
            assertEquals(logged, eventRows(ast), "a resync logs no events");

            // Frames Asterisk already sent, sent again (device states: they do not bring the gone caller back).
            List<String> again = parked.stream().filter(f -> f.contains("\"type\":\"DeviceStateChanged\"")).toList();
            assertEquals(1, again.size());
            feeder.push(s, List.of(again.get(0), again.get(0)));
            assertEquals(logged, eventRows(ast), "duplicates add no ari_event rows");

            feeder.push(s, WebsocketFeeder.frames(reconnect.events("callcenter").stream()
                    .filter(e -> e.seq() > RECONNECTED).toList(), ast));
            assertEquals(List.of(), channelIds(ast));
            assertEquals(List.of(), bridgeIds(ast));
            assertEquals(List.of(NEW_CALLER), ids("SELECT channel_id FROM channel_history WHERE asterisk_id = ?"
                    + " AND close_reason = 'destroyed' AND cause = 16", ast));
            assertEquals(2, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?", ast));
            assertEquals(2, Db.count(ds, "SELECT count(*) FROM bridge_history WHERE asterisk_id = ?", ast));
            assertEquals(0, Db.count(ds, "SELECT count(*) FROM bridge_history WHERE asterisk_id = ?"
                    + " AND destroyed IS NULL", ast));
            // The stay the resync opened is stamped with the app's clock (today) and the recorded leave with
            // Asterisk's (the recording day): a leave older than the stay must not close it, so it stays open here.
            assertEquals(List.of(NEW_CALLER), ids("SELECT channel_id FROM bridge_membership WHERE asterisk_id = ?"
                    + " AND left_at IS NULL", ast));
            assertEquals(0, Db.count(ds, "SELECT count(*) FROM (SELECT dedupe_key FROM ari_event WHERE asterisk_id = ?"
                    + " GROUP BY dedupe_key HAVING count(*) > 1) d", ast));
        }
    }

    /** inbound-queue-answered up to the caller entering the holding bridge. */
    private static List<String> untilCallerParked(String ast) {
        List<Trace.WsEvent> all = Trace.load("inbound-queue-answered").events("callcenter");
        for (int i = 0; i < all.size(); i++) {
            Trace.WsEvent e = all.get(i);
            if (e.type().equals("ChannelEnteredBridge") && GONE_CALLER.equals(e.event().path("channel").path("id")
                    .asText())) {
                return WebsocketFeeder.frames(all.subList(0, i + 1), ast);
            }
        }
        throw new IllegalStateException("trace changed");
    }

    /** What Asterisk answered to a GET after the recorded reconnect. */
    private static String afterReconnect(Trace trace, String path) {
        return trace.http().stream().filter(x -> x.seq() > RECONNECTED && x.method().equals("GET")
                && x.path().equals(path) && x.status() == 200).findFirst().orElseThrow().responseBody().toString();
    }

    private boolean historyIdle() {
        return feeder.pending() == 0;
    }

    private List<String> channelIds(String ast) {
        return mirror.server(ast).orElseThrow().channels().stream().map(ChannelView::id).toList();
    }

    private List<String> bridgeIds(String ast) {
        return mirror.server(ast).orElseThrow().bridges().stream().map(BridgeView::id).toList();
    }

    private long eventRows(String ast) {
        return Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", ast);
    }

    private List<Object> ids(String sql, Object... params) {
        return Db.rows(ds, sql, params).stream().map(r -> r.values().iterator().next()).toList();
    }
}
