package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.live.AcdLive;
import io.callcenter.acd.routing.AgentPicker;
import io.callcenter.acd.routing.Candidate;
import io.callcenter.live.wire.Delta;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Matches waiting calls with ready agents (actor thread). Requests are coalesced: whoever changes something asks
 * for a dispatch, which runs once after the current task, so matching never re-enters itself.
 */
@ApplicationScoped
public class Dispatcher {

    @Inject
    AcdActor actor;
    @Inject
    CallBook book;
    @Inject
    AgentBook agents;
    @Inject
    AcdDirectory directory;
    @Inject
    Offers offers;
    @Inject
    Leaving leaving;
    @Inject
    AcdLive live;

    private final AgentPicker picker = new AgentPicker(new Random());
    private boolean requested;

    @PostConstruct
    void init() {
        agents.observe(a -> {
            live.agent(a.view());
            request();
        });
    }

    /** Asks for a matching round after the current task (actor thread). */
    public void request() {
        if (!requested) {
            requested = true;
            actor.run(this::dispatch);
        }
    }

    void dispatch() {
        requested = false;
        Instant now = agents.now();
        for (QueueConfig q : directory.queues()) {
            List<AcdCall> waiting = book.waiting(q.name());
            if (q.leaveWhenNoAgents() && !waiting.isEmpty() && !anyoneLoggedIn(q.name())) {
                waiting.forEach(c -> leaving.overflow(c, "left_when_no_agents"));
                continue;
            }
            for (AcdCall call : waiting) {
                if (!call.ringing() && (call.notBefore == null || !now.isBefore(call.notBefore))) {
                    offer(q, call, now);
                }
            }
            live.queue(q.name(), waiting.size(), waiting.isEmpty() ? null : waiting.get(0).enqueuedAt,
                    agents.all().stream().filter(a -> a.loggedInTo(q.name())).toList());
            live.waiting(q.name(), waitingCallers(waiting));
        }
    }

    /** The queue's waiting callers as the live push shows them (supervisors' view). */
    private static List<Delta.WaitingCaller> waitingCallers(List<AcdCall> waiting) {
        List<Delta.WaitingCaller> out = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            AcdCall c = waiting.get(i);
            out.add(new Delta.WaitingCaller(c.key, c.channelId, c.callerNumber, c.callerName, c.did, c.priority, i + 1,
                    c.enqueuedAt));
        }
        return out;
    }

    private void offer(QueueConfig q, AcdCall call, Instant now) {
        boolean relaxed = q.skillRelaxAfter().map(d -> !now.isBefore(call.enqueuedAt.plus(d))).orElse(false);
        List<Candidate> all = candidates(q, relaxed, now);
        List<Candidate> fresh = all.stream().filter(c -> !call.tried.contains(c.username())).toList();
        if (fresh.isEmpty()) {
            if (!all.isEmpty() && !call.tried.isEmpty()) {
                // every candidate failed this round: start over after the queue's retry delay
                call.tried.clear();
                call.notBefore = now.plus(q.retryDelay());
                actor.after(q.retryDelay(), this::request);
            }
            return;
        }
        for (Candidate c : picker.pick(q.name(), q.strategy(), fresh, book.memory)) {
            agents.find(c.username()).ifPresent(a -> offers.ring(call, a, q));
        }
    }

    /** Ready agents logged in to the queue, in the queue's member order, with what the strategies compare. */
    List<Candidate> candidates(QueueConfig q, boolean relaxed, Instant now) {
        List<Candidate> out = new ArrayList<>();
        List<String> members = directory.members(q.name());
        for (int i = 0; i < members.size(); i++) {
            Optional<AgentConfig> ac = directory.agent(members.get(i));
            Optional<AgentConfig.Membership> m = ac.flatMap(c -> c.memberships().stream()
                    .filter(x -> x.queue().equals(q.name())).findFirst());
            Optional<Agent> a = agents.find(members.get(i));
            if (m.isEmpty() || a.isEmpty() || a.get().state() != AgentState.READY || !a.get().loggedInTo(q.name())
                    || !relaxed && !AgentPicker.skilled(q.requiredSkills(), ac.get().skills())) {
                continue;
            }
            out.add(new Candidate(members.get(i), i, m.get().penalty(), a.get().readySince(),
                    a.get().answeredToday(q.name(), agents.today()), ac.get().skills()));
        }
        return out;
    }

    boolean anyoneLoggedIn(String queue) {
        return agents.all().stream().anyMatch(a -> a.loggedInTo(queue));
    }

    static String newId(String prefix) {
        return prefix + UUID.randomUUID();
    }
}
