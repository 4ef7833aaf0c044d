package io.callcenter.wallboard.fold;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.wallboard.figures.AgentRow;
import io.callcenter.wallboard.history.AgentStateRow;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** The agent rows of a snapshot: agents of the selected queues logged in now or during the window. */
final class AgentRows {

    private static final Set<AgentState> WITH_CALL = EnumSet.of(AgentState.RESERVED, AgentState.ON_CALL,
            AgentState.WRAP_UP);

    private AgentRows() {
    }

    static List<AgentRow> of(List<AgentAt> agents, List<Stayed> stays, Collection<String> queues, TimeWindow window,
            Instant at) {
        Map<String, CallTrack> calls = new HashMap<>();
        Map<String, Long> handled = new HashMap<>();
        for (Stayed s : stays) {
            calls.putIfAbsent(s.call().key, s.call());
            if (s.agent() != null && window.contains(s.stay().enqueuedAt())
                    && s.stay().queuedCallAt(at).filter(c -> c.outcome().answered()).isPresent()) {
                handled.merge(s.agent(), 1L, Long::sum);
            }
        }
        return agents.stream().filter(a -> a.countsFor(queues))
                .map(a -> row(a, calls, handled.getOrDefault(a.username(), 0L), at)).toList();
    }

    private static AgentRow row(AgentAt a, Map<String, CallTrack> calls, long handled, Instant at) {
        AgentState state = a.current().state();
        AgentStateRow r = a.row().orElse(null);
        boolean withCall = WITH_CALL.contains(state) && r != null && r.callKey() != null;
        CallTrack call = withCall ? calls.get(r.callKey()) : null;
        return new AgentRow(a.username(), state, a.current().from().toEpochMilli(),
                Duration.between(a.current().from(), at).toMillis(),
                state == AgentState.PAUSED ? a.current().reason().orElse(null) : null, a.queues(),
                withCall ? r.callKey() : null, withCall ? r.queue() : null,
                call == null ? null : call.callerNumber, call == null ? null : call.callerName, handled);
    }
}
