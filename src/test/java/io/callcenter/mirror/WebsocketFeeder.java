package io.callcenter.mirror;

import static org.awaitility.Awaitility.await;

import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.MirrorChange.EventObserved;
import io.callcenter.mirror.history.HistoryRecorder;
import io.callcenter.testsupport.ari.FakeAriServer;
import io.callcenter.testsupport.ari.Trace;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays trace frames end to end: a {@link FakeAriServer} pushes them over a real websocket to a real connection of
 * the app ({@link AriConnections#open}), which feeds the mirror and the history writer. Every session gets its own
 * asterisk id (rewritten into the frames and answered by {@code GET /ari/asterisk/info}) so rows never collide.
 */
@ApplicationScoped
public class WebsocketFeeder {

    static final String USER = "ari-e2e";
    static final String PASSWORD = "pw-e2e-7Qx";
    private static final Pattern ASTERISK_ID = Pattern.compile("\"asterisk_id\":\"[^\"]*\"");

    @Inject
    AriConnections connections;
    @Inject
    ChangeLog changes;
    @Inject
    HistoryRecorder history;
    @Inject
    MeterRegistry registry;

    /** One fake Asterisk and the app's connection to it; close it after the test. */
    public record Session(String server, String asteriskId, FakeAriServer fake, AriConnections connections)
            implements AutoCloseable {

        @Override
        public void close() {
            connections.close(server);
            fake.close();
        }
    }

    /** Starts a fake Asterisk with this entity id and opens the app's connection to it (waits for CONNECTED). */
    public Session open(String app, String asteriskId) {
        FakeAriServer fake = FakeAriServer.start(USER, PASSWORD)
                .answer("GET", "/ari/asterisk/info", 200,
                        "{\"system\":{\"version\":\"22.10.1\",\"entity_id\":\"" + asteriskId + "\"}}");
        String server = "e2e-" + asteriskId;
        connections.open(new AriServer(server, fake.baseUrl(), USER, PASSWORD, app, true));
        Session session = new Session(server, asteriskId, fake, connections);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(server) == ConnectionState.CONNECTED);
        return session;
    }

    public ConnectionState state(String server) {
        return connections.status().stream().filter(s -> s.server().equals(server)).map(s -> s.state())
                .findFirst().orElse(null);
    }

    /** The app's frames of a trace as recorded, with the asterisk id replaced by ours. */
    public static List<String> frames(String trace, String app, String asteriskId) {
        return frames(Trace.load(trace).events(app), asteriskId);
    }

    public static List<String> frames(List<Trace.WsEvent> events, String asteriskId) {
        String replacement = Matcher.quoteReplacement("\"asterisk_id\":\"" + asteriskId + "\"");
        return events.stream().map(e -> ASTERISK_ID.matcher(e.rawJson()).replaceAll(replacement)).toList();
    }

    /** Pushes the frames in order and waits until the mirror applied and the history writer stored every one. */
    public void push(Session session, List<String> frames) {
        long observed = observed(session.asteriskId());
        double persisted = persisted();
        frames.forEach(session.fake()::push);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> observed(session.asteriskId()) >= observed + frames.size());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> persisted() >= persisted + frames.size() && history.writer().pending() == 0);
    }

    /** Items the history writer has not stored yet. */
    public long pending() {
        return history.writer().pending();
    }

    /** Events the mirror applied for this asterisk id. */
    public long observed(String asteriskId) {
        return changes.of(asteriskId, EventObserved.class).size();
    }

    /** Events the history writer stored (duplicates included), over all servers. */
    public double persisted() {
        return registry.get("callcenter.history.events.persisted").functionCounter().count();
    }
}
