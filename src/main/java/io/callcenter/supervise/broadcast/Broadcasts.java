package io.callcenter.supervise.broadcast;

import io.callcenter.live.LiveHub;
import io.callcenter.live.LiveStateSource;
import io.callcenter.live.wire.Delta;
import io.callcenter.supervise.SuperviseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Recent broadcasts: pushed once as a {@code broadcast} delta, and replayed after a browser's snapshot for a while
 * (an agent who reloads the page still sees the message); clients keep them by id.
 */
@ApplicationScoped
public class Broadcasts implements LiveStateSource {

    private final Deque<Delta.Broadcast> recent = new ArrayDeque<>();
    private final LiveHub hub;
    private final SuperviseConfig config;

    Broadcasts(LiveHub hub, SuperviseConfig config) {
        this.hub = hub;
        this.config = config;
    }

    void send(Delta.Broadcast b) {
        synchronized (recent) {
            recent.addFirst(b);
            while (recent.size() > config.broadcastsKept()) {
                recent.removeLast();
            }
        }
        hub.publish(b);
    }

    /** The broadcasts still replayed, newest first. */
    public List<Delta.Broadcast> recent() {
        Instant oldest = Instant.now().minus(config.broadcastReplayFor());
        synchronized (recent) {
            return recent.stream().filter(b -> b.at().isAfter(oldest)).toList();
        }
    }

    @Override
    public List<Delta> current() {
        List<Delta> out = new ArrayList<>(recent());
        java.util.Collections.reverse(out); // oldest first, as they were sent
        return out;
    }
}
