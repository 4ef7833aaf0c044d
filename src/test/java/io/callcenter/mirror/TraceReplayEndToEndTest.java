package io.callcenter.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every public trace pushed through the fake Asterisk's real websocket into the app's real connection: the mirror
 * and the history end exactly as when the same events are fed straight to the listeners (which the mirror tests
 * assert field by field), and inbound-queue-answered is checked row by row here too.
 */
@QuarkusTest
class TraceReplayEndToEndTest {

    @Inject
    WebsocketFeeder feeder;
    @Inject
    TraceReplayer replayer;
    @Inject
    LiveMirror mirror;
    @Inject
    ChangeLog changes;
    @Inject
    DataSource ds;

    @Test
    void inboundQueueAnsweredEndsWithExactRows() {
        String ast = TraceReplayer.newAsteriskId("e2e-answered");
        try (WebsocketFeeder.Session s = feeder.open("callcenter", ast)) {
            List<String> frames = WebsocketFeeder.frames("inbound-queue-answered", "callcenter", ast);
            feeder.push(s, frames);

            assertEquals(76, frames.size());
            InboundQueueAnsweredTest.assertEndState(mirror, changes, ast);
            InboundQueueAnsweredTest.assertExactHistory(ds, ast);
            assertEquals(76, feeder.observed(ast), "every frame applied once, duplicates included");
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "inbound-queue-answered, callcenter",
        "inbound-queue-answered-app-only, callcenter",
        "inbound-queue-abandoned, callcenter",
        "agent-no-answer, callcenter",
        "originate-continue-dialplan, originator",
        "rest-catalog, callcenter",
        "dtmf-playback-recording, callcenter",
        "device-states-user-events, callcenter",
        "websocket-reconnect, callcenter"})
    void theWebsocketPathEndsAsTheDirectFeed(String trace, String app) {
        String direct = TraceReplayer.newAsteriskId("direct");
        replayer.replay(trace, app, direct);
        String ast = TraceReplayer.newAsteriskId("e2e");
        try (WebsocketFeeder.Session s = feeder.open(app, ast)) {
            List<String> frames = WebsocketFeeder.frames(trace, app, ast);
            assertFalse(frames.isEmpty());
            feeder.push(s, frames);

            assertEquals(view(direct), view(ast), "mirror");
            for (String table : List.of("channel_history", "bridge_history", "bridge_membership",
                    "endpoint_state_change", "device_state_change")) {
                assertEquals(dump(table, direct), dump(table, ast), table);
            }
            assertEquals(events(direct), events(ast), "ari_event");
        }
    }

    /** The mirror's objects of one Asterisk, with its id replaced so two Asterisks can be compared. */
    private String view(String ast) {
        ServerMirrorView v = mirror.server(ast).orElseThrow();
        return List.of(v.channels(), v.bridges(), v.endpoints(), v.deviceStates(), v.playbacks(), v.recordings())
                .toString().replace(ast, "AST");
    }

    /** A table's rows of one Asterisk without the columns that name it or say when they were written. */
    private List<String> dump(String table, String ast) {
        return Db.rows(ds, "SELECT (to_jsonb(t) - 'asterisk_id' - 'updated_at')::text AS r FROM " + table
                + " t WHERE asterisk_id = ? ORDER BY 1", ast).stream().map(r -> (String) r.get("r")).toList();
    }

    /** The event log in order; receive times, sequence numbers and server names differ by nature. */
    private List<Map<String, Object>> events(String ast) {
        return Db.rows(ds, """
                SELECT event_time, application, type, channel_id, bridge_id, (payload - 'asterisk_id')::text AS p
                FROM ari_event WHERE asterisk_id = ? ORDER BY event_time, sequence""", ast);
    }
}
