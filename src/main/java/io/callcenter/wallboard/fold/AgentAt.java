package io.callcenter.wallboard.fold;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.StateInterval;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.wallboard.history.AgentStateRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One agent at an instant: its state interval, the queues it is logged in to, the queues its time counts for (the
 * current ones, or the last ones / its member queues once logged out) and its time per state in the window.
 */
record AgentAt(String username, StateInterval current, Optional<AgentStateRow> row, List<String> queues,
        List<String> countsFor, AgentTime time) {

    boolean loggedIn() {
        return current.state() != AgentState.LOGGED_OUT;
    }

    boolean loggedInTo(Collection<String> qs) {
        return loggedIn() && queues.stream().anyMatch(qs::contains);
    }

    boolean countsFor(Collection<String> qs) {
        return (loggedIn() || !time.loggedIn().isZero()) && countsFor.stream().anyMatch(qs::contains);
    }

    /** Every agent with a known state at {@code t}, its time clipped to {@code upTo}. */
    static List<AgentAt> all(Ledger ledger, Instant t, TimeWindow upTo, Selection sel) {
        List<AgentAt> out = new ArrayList<>();
        for (AgentTrack track : ledger.agents()) {
            var transitions = track.transitions();
            Optional<StateInterval> current = StateInterval.at(transitions, t);
            if (current.isEmpty()) {
                continue;
            }
            List<String> member = sel.memberships().getOrDefault(track.username, List.of());
            List<String> queues = current.get().state() == AgentState.LOGGED_OUT ? List.of()
                    : track.queuesAt(t).filter(q -> !q.isEmpty()).orElse(member);
            List<String> countsFor = !queues.isEmpty() ? queues : track.lastQueuesAt(t).orElse(member);
            AgentTime time = AgentTime.of(StateInterval.fromTransitions(transitions, t), upTo);
            out.add(new AgentAt(track.username, current.get(), track.stateRowAt(t), queues, countsFor, time));
        }
        return out;
    }
}
