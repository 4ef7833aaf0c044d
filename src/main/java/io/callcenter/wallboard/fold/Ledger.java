package io.callcenter.wallboard.fold;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.wallboard.history.AgentQueuesRow;
import io.callcenter.wallboard.history.AgentStateRow;
import io.callcenter.wallboard.history.History;
import io.callcenter.wallboard.history.StepRow;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The history rows folded into calls and agents; the same class holds the live rows (added as they are tailed) and
 * the rows loaded for a past instant. Thread-safe: rows are added and figures read under its lock.
 */
public final class Ledger {

    private static final Set<AgentState> WORKING = EnumSet.of(AgentState.ON_CALL, AgentState.WRAP_UP);

    private final Map<String, CallTrack> calls = new HashMap<>();
    private final Map<String, AgentTrack> agents = new TreeMap<>();

    /** Folds rows in (each list in id order). */
    public synchronized void apply(History h) {
        for (StepRow s : h.steps()) {
            call(s.callKey()).apply(s);
        }
        for (AgentStateRow r : h.states()) {
            agent(r.username()).add(r);
            // the agent is done with the call when it leaves call + wrap-up: the end of the call's handling
            if (r.callKey() != null && WORKING.contains(r.from()) && !WORKING.contains(r.to())) {
                call(r.callKey()).handlingEndedAt = r.at();
            }
        }
        for (AgentQueuesRow r : h.agentQueues()) {
            agent(r.username()).add(r);
        }
    }

    /** Runs a read of the folded state under the lock. */
    public synchronized <R> R read(Function<Ledger, R> reader) {
        return reader.apply(this);
    }

    Collection<CallTrack> calls() {
        return calls.values();
    }

    CallTrack call(String key) {
        return calls.computeIfAbsent(key, CallTrack::new);
    }

    CallTrack existingCall(String key) {
        return key == null ? null : calls.get(key);
    }

    Collection<AgentTrack> agents() {
        return agents.values();
    }

    private AgentTrack agent(String username) {
        return agents.computeIfAbsent(username, AgentTrack::new);
    }
}
