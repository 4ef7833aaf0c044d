package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.record.AgentRuntimeRow;
import io.callcenter.acd.record.AgentRuntimeStore;
import io.callcenter.acd.record.OpenCalls;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Survives restarts: at startup the agents come back from {@code acd_agent_runtime}; on every (re)connect of a
 * server ({@code Resynced}) the calls open in {@code acd_call} are matched with what the mirror read from ARI
 * ({@link Adoption}), and what ended while we were away is closed.
 */
@ApplicationScoped
public class Recovery {

    @Inject
    AcdConfig config;
    @Inject
    AcdActor actor;
    @Inject
    AgentBook agents;
    @Inject
    AgentMachine machine;
    @Inject
    AgentRuntimeStore store;
    @Inject
    OpenCalls openCalls;
    @Inject
    CallBook book;
    @Inject
    Adoption adoption;
    @Inject
    Dispatcher dispatcher;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (config.enabled()) {
            actor.run(this::loadAgents);
        }
    }

    /**
     * Drops every in-memory call and agent state and rebuilds them from PostgreSQL and the mirror, exactly as a
     * freshly started process does (the restart test uses it to play a kill -9 without leaving the JVM).
     */
    public void restart() {
        actor.call(() -> {
            book.all().forEach(AcdCall::cancelTimers);
            book.clear();
            agents.clear();
            loadAgents();
            book.servers.forEach(this::reconcile);
            return null;
        }, Duration.ofSeconds(30));
    }

    private void loadAgents() {
        for (AgentRuntimeRow row : store.loadAll()) {
            Agent a = agents.restore(row);
            if (a.state() == AgentState.RESERVED) {
                // an offer does not survive a restart: its leg, if it still rings, is hung up when it answers
                machine.released(a);
            } else if (a.state() == AgentState.WRAP_UP && row.wrapUpUntil() != null) {
                machine.scheduleWrapUpEnd(a, Duration.between(agents.now(), row.wrapUpUntil()));
            }
        }
        Map<List<String>, Integer> counts = openCalls.answeredSince(agents.today().atStartOfDay(ZoneOffset.UTC)
                .toInstant());
        counts.forEach((k, n) -> agents.restoreCount(k.get(0), k.get(1), n));
    }

    /** After a (re)connect: close what vanished, adopt what the database knows and ARI still has. */
    void reconcile(String asteriskId, String server) {
        adoption.dropVanished(asteriskId);
        adoption.adopt(asteriskId, server, openCalls.open(asteriskId));
        adoption.freeAgents();
        adoption.hangupStrays(asteriskId, server);
        dispatcher.request();
    }
}
