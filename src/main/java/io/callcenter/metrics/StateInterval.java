package io.callcenter.metrics;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent in one state over {@code [from, to)}.
 *
 * @param state the state
 * @param from when it was entered
 * @param to when it was left (for the current state: "now")
 * @param reason the pause reason for PAUSED, if any
 */
public record StateInterval(AgentState state, Instant from, Instant to, Optional<String> reason) {

    public StateInterval {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        new TimeWindow(from, to); // same validation: to must not be before from
    }

    /**
     * One agent's intervals from its transitions: each transition opens an interval in its {@code to} state that lasts
     * until the next transition, the last one until {@code now} (transitions after {@code now} are ignored).
     */
    public static List<StateInterval> fromTransitions(List<AgentTransition> transitions, Instant now) {
        List<AgentTransition> sorted = transitions.stream().filter(t -> !t.at().isAfter(now))
                .sorted(Comparator.comparing(AgentTransition::at)).toList();
        List<StateInterval> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            AgentTransition t = sorted.get(i);
            Instant to = i + 1 < sorted.size() ? sorted.get(i + 1).at() : now;
            out.add(new StateInterval(t.to(), t.at(), to, t.to() == AgentState.PAUSED ? t.reason() : Optional.empty()));
        }
        return out;
    }

    /**
     * The agent's state at {@code t}: the interval opened by the last transition at or before t (running until t);
     * empty when the agent had no transition by then.
     */
    public static Optional<StateInterval> at(List<AgentTransition> transitions, Instant t) {
        List<StateInterval> all = fromTransitions(transitions, t);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
