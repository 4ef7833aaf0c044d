package io.callcenter.acd.agent;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AcdDirectory.AcdConfigChanged;
import io.callcenter.acd.config.AgentConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies membership changes to logged-in agents at once (a supervisor moving an agent between queues expects
 * the next call to follow): a queue the agent left is dropped from its logged-in queues, a queue it was added to
 * is joined. An agent left without any queue is logged out (after its current call, if it has one).
 */
@ApplicationScoped
public class MembershipFollower {

    @Inject
    AcdDirectory directory;
    @Inject
    AcdActor actor;
    @Inject
    AgentBook book;
    @Inject
    AgentMachine machine;

    /** Member queues per agent as last seen (actor thread only): tells added queues from ones the agent left. */
    private final Map<String, Set<String>> known = new HashMap<>();

    void changed(@Observes AcdConfigChanged event) {
        actor.run(this::follow);
    }

    /** Remembers the memberships at startup, so the first change already knows what was added. */
    void start(@Observes @Priority(20) StartupEvent event) {
        actor.run(() -> known.putAll(memberships()));
    }

    private Map<String, Set<String>> memberships() {
        Map<String, Set<String>> now = new HashMap<>();
        for (AgentConfig ac : directory.agents()) {
            now.put(ac.username(), ac.memberships().stream().map(AgentConfig.Membership::queue)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return now;
    }

    private void follow() {
        Map<String, Set<String>> now = memberships();
        for (Agent a : book.all()) {
            if (a.state() == AgentState.LOGGED_OUT) {
                continue;
            }
            Set<String> members = now.getOrDefault(a.username(), Set.of());
            Set<String> before = known.get(a.username());
            Set<String> queues = new LinkedHashSet<>(a.queues);
            queues.retainAll(members);
            if (before != null) {
                members.stream().filter(q -> !before.contains(q)).forEach(queues::add);
            }
            if (!queues.equals(a.queues)) {
                apply(a, queues);
            }
        }
        known.clear();
        known.putAll(now);
    }

    private void apply(Agent a, Set<String> queues) {
        a.queues.clear();
        a.queues.addAll(queues);
        if (queues.isEmpty()) {
            machine.logout(a, "no queue left"); // publishes and saves, now or after the call
        } else {
            book.changed(a);
        }
    }
}
