package io.callcenter.acd.agent;

import io.callcenter.acd.record.AgentRuntimeRow;
import io.callcenter.acd.record.AgentRuntimeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The authoritative agent states and every transition between them (actor thread only). Each transition is handed
 * to the {@link AgentStatePublisher}, saved for restarts and shown to observers (live push, routing).
 */
@ApplicationScoped
public class AgentBook {

    private final Map<String, Agent> agents = new TreeMap<>();
    private final Instance<AgentStatePublisher> publishers;
    private final AgentRuntimeStore store;
    private final List<Consumer<Agent>> observers = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();

    /** Every publisher bean (device state + user event + history; extra observers may add their own). */
    AgentBook(@Any Instance<AgentStatePublisher> publishers, AgentRuntimeStore store) {
        this.publishers = publishers;
        this.store = store;
    }

    /** Called after every change of an agent (state or details), on the actor thread. */
    public void observe(Consumer<Agent> observer) {
        observers.add(observer);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Agent> find(String username) {
        return Optional.ofNullable(agents.get(username));
    }

    /** The agent's runtime entry, created logged out on first use. */
    public Agent agent(String username, String endpoint) {
        Agent a = agents.computeIfAbsent(username, u -> new Agent(u, endpoint, now()));
        if (endpoint != null) {
            a.endpoint = endpoint;
        }
        return a;
    }

    public Collection<Agent> all() {
        return List.copyOf(agents.values());
    }

    /** Forgets everything (a fresh start: the restart path reloads from the database). */
    public void clear() {
        agents.values().forEach(a -> cancelWrapUp(a));
        agents.clear();
    }

    /** Restores one agent as saved before a restart, without publishing (nothing changed for the outside). */
    public Agent restore(AgentRuntimeRow row) {
        Agent a = agent(row.username(), row.endpoint());
        a.state = AgentState.valueOf(row.state());
        a.since = row.since();
        a.queues.clear();
        a.queues.addAll(row.queues());
        a.reason = row.reason();
        a.nextState = row.nextState() == null ? null : AgentState.valueOf(row.nextState());
        a.nextReason = row.nextReason();
        a.callId = row.callId();
        a.asteriskId = row.asteriskId();
        a.readySince = row.readySince();
        a.wrapUpUntil = row.wrapUpUntil();
        a.missedInRow = row.missedInRow();
        return a;
    }

    void cancelWrapUp(Agent a) {
        if (a.wrapUpTimer != null) {
            a.wrapUpTimer.cancel(false);
            a.wrapUpTimer = null;
        }
    }

    /** Moves the agent to a new state, publishing and saving the transition. */
    void transition(Agent a, AgentState to, String reason) {
        AgentState from = a.state;
        Instant at = from == AgentState.WRAP_UP && a.wrapEndedAt != null ? a.wrapEndedAt : now();
        a.wrapEndedAt = null;
        a.state = to;
        a.since = at;
        a.reason = reason;
        if (to == AgentState.READY) {
            a.readySince = at;
        }
        if (to != AgentState.WRAP_UP) {
            cancelWrapUp(a);
            a.wrapUpUntil = null;
        }
        if (to == AgentState.LOGGED_OUT) {
            a.queues.clear();
            a.nextState = null;
            a.nextReason = null;
        }
        String call = a.callId;
        String queue = a.queue;
        if (to == AgentState.READY || to == AgentState.PAUSED || to == AgentState.LOGGED_OUT) {
            a.callId = null;
            a.asteriskId = null;
            a.queue = null;
        }
        AgentTransition t = new AgentTransition(a.username, a.endpoint, from, to, Optional.ofNullable(reason),
                Optional.ofNullable(call), Optional.ofNullable(queue), at);
        for (AgentStatePublisher p : publishers) {
            p.publish(t);
        }
        changed(a);
    }

    /** Saves and shows the agent's current details (also after changes that are not transitions). */
    void changed(Agent a) {
        store.save(new AgentRuntimeRow(a.username, a.endpoint, a.state.name(), a.since, new ArrayList<>(a.queues),
                a.reason, a.nextState == null ? null : a.nextState.name(), a.nextReason, a.callId, a.asteriskId,
                a.readySince, a.wrapUpUntil, a.missedInRow));
        for (Consumer<Agent> o : observers) {
            o.accept(a);
        }
    }

    void countAnswered(Agent a, String queue) {
        a.countAnswered(queue, today());
    }

    /** Today's answered-call counts restored after a restart (fewest-calls must not start from zero). */
    public void restoreCount(String username, String queue, int count) {
        Agent a = agents.get(username);
        if (a != null) {
            a.countsDay = today();
            a.answeredToday.put(queue, count);
        }
    }
}
