package io.callcenter.mirror;

import static io.callcenter.mirror.AssertRows.assertRow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.mirror.MirrorChange.PlaybackRemoved;
import io.callcenter.mirror.MirrorChange.PlaybackUpdated;
import io.callcenter.mirror.MirrorChange.RecordingRemoved;
import io.callcenter.mirror.MirrorChange.RecordingUpdated;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Device states, endpoints, playbacks and recordings from the recorded traces. */
@QuarkusTest
class MediaAndStateTracesTest {

    @Inject
    TraceReplayer replayer;
    @Inject
    LiveMirror mirror;
    @Inject
    ChangeLog changes;
    @Inject
    DataSource ds;

    @Test
    void deviceAndEndpointStatesAreMirroredAndLogged() {
        String ast = TraceReplayer.newAsteriskId("states");
        List<ReceivedEvent> events = replayer.replay("device-states-user-events", "callcenter", ast);

        ServerMirrorView view = mirror.server(ast).orElseThrow();
        assertEquals(List.of(new DeviceStateView(ast, "Stasis:agent-1001", "UNAVAILABLE")), view.deviceStates());
        assertEquals(List.of(new EndpointView(ast, "PJSIP", "1004", "offline", List.of(), "Unreachable")),
                view.endpoints());
        assertEquals(List.of(), view.channels());
        List<Map<String, Object>> devices = Db.rows(ds, "SELECT name, state, at FROM device_state_change"
                + " WHERE asterisk_id = ? ORDER BY at", ast);
        assertEquals(List.of("NOT_INUSE", "INUSE", "RINGING", "ONHOLD", "BUSY", "UNAVAILABLE"),
                devices.stream().map(r -> r.get("state")).toList());
        assertRow(devices.get(0), "Stasis:agent-1001", "NOT_INUSE", "18:38:53.843");
        assertRow(devices.get(5), "Stasis:agent-1001", "UNAVAILABLE", "18:38:54.856");
        List<Map<String, Object>> endpoints = Db.rows(ds, "SELECT technology, resource, state, at"
                + " FROM endpoint_state_change WHERE asterisk_id = ? ORDER BY at", ast);
        assertEquals(2, endpoints.size());
        assertRow(endpoints.get(0), "PJSIP", "1004", "online", "18:38:57.697");
        assertRow(endpoints.get(1), "PJSIP", "1004", "offline", "18:39:00.702");
        assertEquals(AriTrace.distinct(events), Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?",
                ast));
        assertEquals(2, Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?"
                + " AND type = 'ChannelUserevent'", ast));
    }

    @Test
    void playbacksAndRecordingsComeAndGo() {
        String ast = TraceReplayer.newAsteriskId("media");
        List<ReceivedEvent> events = AriTrace.events("dtmf-playback-recording", "callcenter", "srv", ast);
        int recording = indexOf(events, "RecordingStarted");
        replayer.feed(events.subList(0, recording + 1));

        ServerMirrorView during = mirror.server(ast).orElseThrow();
        assertEquals(List.of(new RecordingView(ast, "rec-test", "wav", "channel:media-mwxwbn1f", "recording")),
                during.recordings());
        assertEquals(List.of(), during.playbacks());
        assertEquals(List.of("media-mwxwbn1f", "media-mwxwbn1f-2"),
                during.channels().stream().map(ChannelView::id).toList());

        replayer.feed(events.subList(recording + 1, events.size()));
        ServerMirrorView after = mirror.server(ast).orElseThrow();
        assertEquals(List.of(), after.recordings());
        assertEquals(List.of(), after.channels());
        assertEquals(List.of("prompt-mwxwbn1f", "pb-hello-mwxwbn1f", "pb-repeated-mwxwbn1f", "pb-list-mwxwbn1f",
                "pb-list-mwxwbn1f", "pb-list-mwxwbn1f", "pb-missing-mwxwbn1f"),
                changes.of(ast, PlaybackUpdated.class).stream().map(p -> p.playback().id()).toList());
        assertEquals(List.of("done", "done", "done", "done", "failed"),
                changes.of(ast, PlaybackRemoved.class).stream().map(p -> p.playback().state()).toList());
        assertEquals(1, changes.of(ast, RecordingUpdated.class).size());
        assertEquals("rec-test", changes.of(ast, RecordingRemoved.class).get(0).recording().name());
        assertEquals(5, Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?"
                + " AND type = 'ChannelDtmfReceived' AND channel_id = 'dtmf-mwxwbn1f'", ast));
        assertEquals(12, Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?"
                + " AND type LIKE 'Playback%' AND channel_id IS NOT NULL", ast));
        assertEquals(4, Db.count(ds, "SELECT count(*) FROM channel_history WHERE asterisk_id = ?"
                + " AND cause = 16", ast));
    }

    private static int indexOf(List<ReceivedEvent> events, String type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).message().type().equals(type)) {
                return i;
            }
        }
        throw new IllegalArgumentException(type);
    }
}
