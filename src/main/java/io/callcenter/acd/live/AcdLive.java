package io.callcenter.acd.live;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentView;
import io.callcenter.live.LiveHub;
import io.callcenter.live.LiveStateSource;
import io.callcenter.live.wire.Delta;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Pushes agent and queue state to browsers as {@code agentUpsert} / {@code queueUpsert} deltas, only when changed. */
@ApplicationScoped
public class AcdLive implements LiveStateSource {

    /** The {@code asteriskId} of ACD deltas: agents and queues span servers, and clients key deltas by it. */
    public static final String SCOPE = "acd";

    private final LiveHub hub;
    private final Map<String, Delta.AgentUpsert> agents = new ConcurrentHashMap<>();
    private final Map<String, Delta.QueueUpsert> queues = new ConcurrentHashMap<>();
    private final Map<String, Delta.WaitingCallers> waiting = new ConcurrentHashMap<>();

    AcdLive(LiveHub hub) {
        this.hub = hub;
    }

    public void agent(AgentView a) {
        Delta.AgentUpsert d = new Delta.AgentUpsert(SCOPE, a.username(), a.endpoint(), a.state().name(), a.since(),
                a.queues(), a.reason(), a.nextState() == null ? null : a.nextState().name(), a.callId(), a.queue(),
                a.wrapUpUntil());
        if (!Objects.equals(agents.put(a.username(), d), d)) {
            hub.publish(d);
        }
    }

    /** A queue's figures from its waiting calls and its logged-in agents. */
    public void queue(String name, int waiting, Instant oldest, List<Agent> loggedIn) {
        int[] n = new int[AgentState.values().length];
        loggedIn.forEach(a -> n[a.state().ordinal()]++);
        Delta.QueueUpsert d = new Delta.QueueUpsert(SCOPE, name, waiting, oldest, loggedIn.size(),
                n[AgentState.READY.ordinal()], n[AgentState.RESERVED.ordinal()], n[AgentState.ON_CALL.ordinal()],
                n[AgentState.WRAP_UP.ordinal()], n[AgentState.PAUSED.ordinal()]);
        if (!Objects.equals(queues.put(name, d), d)) {
            hub.publish(d);
        }
    }

    /** The callers waiting in a queue, in queue order (pushed as {@code waitingCallers} when the list changed). */
    public void waiting(String queue, List<Delta.WaitingCaller> callers) {
        Delta.WaitingCallers d = new Delta.WaitingCallers(SCOPE, queue, List.copyOf(callers));
        if (!Objects.equals(waiting.put(queue, d), d)) {
            hub.publish(d);
        }
    }

    /** Every agent's latest state, as pushed. */
    public List<Delta.AgentUpsert> agents() {
        return List.copyOf(agents.values());
    }

    /** The waiting callers of every queue, as pushed. */
    public List<Delta.WaitingCallers> waiting() {
        return List.copyOf(waiting.values());
    }

    @Override
    public List<Delta> current() {
        List<Delta> all = new ArrayList<>(agents.values());
        all.addAll(queues.values());
        all.addAll(waiting.values());
        return all;
    }
}
