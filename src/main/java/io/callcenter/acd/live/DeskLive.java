package io.callcenter.acd.live;

import io.callcenter.live.LiveHub;
import io.callcenter.live.LiveStateSource;
import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.DeskCallView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Pushes each agent's own call to its desk as {@code deskCall} deltas (addressed to that agent only), when changed. */
@ApplicationScoped
public class DeskLive implements LiveStateSource {

    private final LiveHub hub;
    private final Map<String, Delta.DeskCall> desks = new ConcurrentHashMap<>();

    DeskLive(LiveHub hub) {
        this.hub = hub;
    }

    /** The agent's call now (null: none); published only when it differs from the last one sent. */
    public void desk(String username, DeskCallView call) {
        Delta.DeskCall d = new Delta.DeskCall(AcdLive.SCOPE, username, call);
        Delta.DeskCall old = call == null ? desks.remove(username) : desks.put(username, d);
        if (call == null && old == null || Objects.equals(old, d)) {
            return;
        }
        hub.publish(d);
    }

    @Override
    public List<Delta> current() {
        return List.copyOf(desks.values());
    }
}
