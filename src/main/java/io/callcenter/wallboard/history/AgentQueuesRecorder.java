package io.callcenter.wallboard.history;

import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentView;
import io.callcenter.acd.record.RecordWriter;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code wallboard_agent_queues} whenever an agent's queue set changes. Runs as an {@link AgentBook} observer on
 * the ACD actor thread, so it only compares and queues the write on the ACD's ordered {@link RecordWriter}.
 */
@ApplicationScoped
public class AgentQueuesRecorder {

    private final AgentBook agents;
    private final RecordWriter writer;
    /** Last set written per agent (actor thread only). */
    private final Map<String, List<String>> written = new HashMap<>();
    private final Map<String, Instant> writtenAt = new HashMap<>();

    AgentQueuesRecorder(AgentBook agents, RecordWriter writer) {
        this.agents = agents;
        this.writer = writer;
    }

    void start(@Observes StartupEvent ignored) {
        agents.observe(a -> changed(a.view()));
    }

    private void changed(AgentView a) {
        List<String> queues = a.state() == AgentState.LOGGED_OUT ? List.of() : a.queues();
        if (queues.equals(written.get(a.username()))) {
            return;
        }
        Instant last = writtenAt.get(a.username());
        Instant now = agents.now();
        // a login or logout changes the set in the same step as the state (since = now): it takes effect with it
        boolean withState = a.since().isAfter(now.minusSeconds(1)) && (last == null || a.since().isAfter(last));
        Instant at = withState ? a.since() : now;
        written.put(a.username(), queues);
        writtenAt.put(a.username(), at);
        writer.submit(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into wallboard_agent_queues (username, at, queues) values (?, ?, ?)")) {
                ps.setString(1, a.username());
                ps.setTimestamp(2, Timestamp.from(at));
                ps.setString(3, String.join(",", queues));
                ps.executeUpdate();
            }
        });
    }
}
