package io.callcenter.mirror;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.mirror.history.HistoryRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Feeds trace events to the mirror and the history recorder in order, as one dispatch thread would. */
@ApplicationScoped
public class TraceReplayer {

    @Inject
    MirrorIngest mirror;

    @Inject
    HistoryRecorder history;

    /** A fresh asterisk id, so tests sharing the database and the mirror never see each other's rows. */
    public static String newAsteriskId(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Replays the app's events of a trace under the given asterisk id and waits until history wrote them. */
    public List<ReceivedEvent> replay(String trace, String app, String asteriskId) {
        List<ReceivedEvent> events = AriTrace.events(trace, app, "srv-" + asteriskId, asteriskId);
        feed(events);
        return events;
    }

    public void feed(List<ReceivedEvent> events) {
        for (ReceivedEvent e : events) {
            mirror.onEvent(e);
            history.onEvent(e);
        }
        awaitWritten();
    }

    public void resync(ResyncSnapshot snapshot) {
        mirror.onResync(snapshot);
        history.onResync(snapshot);
        awaitWritten();
    }

    public void awaitWritten() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> history.writer().pending() == 0);
    }
}
