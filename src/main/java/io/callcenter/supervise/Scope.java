package io.callcenter.supervise;

import io.callcenter.acd.config.AgentConfig;
import io.callcenter.security.access.AccessPolicy;
import java.util.Collection;
import java.util.Set;

/**
 * The queues one user supervises: every queue for an admin, the queues of its account for a supervisor, none for
 * anyone else. An agent is in scope when it is a member of one of those queues.
 */
public record Scope(boolean everything, Set<String> queues) {

    public static Scope of(AccessPolicy access) {
        if (access.isAdmin()) {
            return new Scope(true, Set.of());
        }
        return new Scope(false, access.isSupervisor() ? Set.copyOf(access.queues()) : Set.of());
    }

    public boolean queue(String queue) {
        return everything || queue != null && queues.contains(queue);
    }

    /** Any of these queues is in scope. */
    public boolean anyQueue(Collection<String> names) {
        return everything || names != null && names.stream().anyMatch(queues::contains);
    }

    public boolean agent(AgentConfig agent) {
        return everything || agent.memberships().stream().anyMatch(m -> queues.contains(m.queue()));
    }
}
