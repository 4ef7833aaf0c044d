package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerSnapshot;
import java.util.Set;

/**
 * What an agent-only user sees on {@code /api/live}: no mirror (it shows every call), only the deltas meant for its
 * desk ({@link Delta#forAgent}). The queues it is logged in to are learnt from its own {@code agentUpsert}, which
 * comes before the queues' deltas after every snapshot.
 */
final class AgentDeskVisibility implements Visibility {

    private final String username;
    private volatile Set<String> loggedIn = Set.of();

    AgentDeskVisibility(String username) {
        this.username = username;
    }

    @Override
    public ServerSnapshot restrict(ServerSnapshot server) {
        return null;
    }

    @Override
    public boolean sees(Delta delta) {
        if (delta instanceof Delta.AgentUpsert a && a.username().equals(username)) {
            loggedIn = a.queues() == null ? Set.of() : Set.copyOf(a.queues());
        }
        return delta.forAgent(username, loggedIn);
    }
}
