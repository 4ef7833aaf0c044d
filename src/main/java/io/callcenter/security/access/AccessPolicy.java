package io.callcenter.security.access;

import io.callcenter.security.user.Role;
import java.util.Collection;
import java.util.Set;

/**
 * Who may see or act on what, as a pure function of one user's roles and links: admins everything,
 * supervisors their queues, agents their own endpoint. Unit-testable; {@link CurrentUser} wraps it per request.
 */
public record AccessPolicy(String username, Set<Role> roles, String endpoint, Set<String> queues) {

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isSupervisor() {
        return roles.contains(Role.SUPERVISOR);
    }

    public boolean isAgent() {
        return roles.contains(Role.AGENT);
    }

    /** Supervises this queue (or is admin). */
    public boolean canSuperviseQueue(String queue) {
        return isAdmin() || isSupervisor() && queue != null && queues.contains(queue);
    }

    /** Is the agent whose phone this endpoint is. */
    public boolean ownsEndpoint(String candidate) {
        return isAgent() && endpoint != null && endpoint.equalsIgnoreCase(candidate);
    }

    /**
     * May act on a call (hang up, transfer, listen): an admin always, a supervisor when the call is in one
     * of its queues, an agent when one of the call's endpoints is its own.
     */
    public boolean canActOnCall(String queue, Collection<String> endpoints) {
        return isAdmin() || canSuperviseQueue(queue)
                || endpoints != null && endpoints.stream().anyMatch(this::ownsEndpoint);
    }

    /** May act on another user's agent session: itself, an admin, or a supervisor sharing a queue. */
    public boolean canActOnAgent(String agentUsername, Collection<String> agentQueues) {
        return username.equals(agentUsername) || isAdmin()
                || isSupervisor() && agentQueues != null && agentQueues.stream().anyMatch(queues::contains);
    }
}
