package io.callcenter.wallboard.fold;

import io.callcenter.acd.agent.AgentTransition;
import io.callcenter.wallboard.history.AgentQueuesRow;
import io.callcenter.wallboard.history.AgentStateRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One agent's state changes and queue sets, kept in time order (rows may arrive slightly out of order live). */
final class AgentTrack {

    private static final Comparator<AgentStateRow> STATE_ORDER = Comparator.comparing(AgentStateRow::at)
            .thenComparingLong(AgentStateRow::id);
    private static final Comparator<AgentQueuesRow> QUEUES_ORDER = Comparator.comparing(AgentQueuesRow::at)
            .thenComparingLong(AgentQueuesRow::id);

    final String username;
    private final List<AgentStateRow> states = new ArrayList<>();
    private final List<AgentQueuesRow> queueSets = new ArrayList<>();

    AgentTrack(String username) {
        this.username = username;
    }

    void add(AgentStateRow r) {
        states.add(r);
        if (states.size() > 1 && STATE_ORDER.compare(states.get(states.size() - 2), r) > 0) {
            states.sort(STATE_ORDER);
        }
    }

    void add(AgentQueuesRow r) {
        queueSets.add(r);
        if (queueSets.size() > 1 && QUEUES_ORDER.compare(queueSets.get(queueSets.size() - 2), r) > 0) {
            queueSets.sort(QUEUES_ORDER);
        }
    }

    /** The state changes as the metrics take them ({@link io.callcenter.metrics.StateInterval}). */
    List<AgentTransition> transitions() {
        return states.stream().map(r -> new AgentTransition(username, null, r.from(), r.to(),
                Optional.ofNullable(r.reason()), Optional.ofNullable(r.callKey()), Optional.ofNullable(r.queue()),
                r.at())).toList();
    }

    /** The last state change at or before t. */
    Optional<AgentStateRow> stateRowAt(Instant t) {
        return last(states, t, AgentStateRow::at);
    }

    /** The queue set in force at t, if one was recorded by then. */
    Optional<List<String>> queuesAt(Instant t) {
        return last(queueSets, t, AgentQueuesRow::at).map(AgentQueuesRow::queues);
    }

    /** The last non-empty queue set recorded at or before t (the queues of an agent who has logged out since). */
    Optional<List<String>> lastQueuesAt(Instant t) {
        return queueSets.stream().filter(r -> !r.at().isAfter(t) && !r.queues().isEmpty())
                .reduce((a, b) -> b).map(AgentQueuesRow::queues);
    }

    private static <R> Optional<R> last(List<R> rows, Instant t, java.util.function.Function<R, Instant> at) {
        R found = null;
        for (R r : rows) {
            if (at.apply(r).isAfter(t)) {
                break;
            }
            found = r;
        }
        return Optional.ofNullable(found);
    }
}
