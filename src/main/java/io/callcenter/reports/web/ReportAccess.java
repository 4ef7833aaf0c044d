package io.callcenter.reports.web;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Narrows a report request to what the user may see: admins everything, supervisors the queues in their account and
 * the agents who are members of those queues. Asking for anything else is a 403, never a silently smaller report.
 */
@RequestScoped
public class ReportAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    AcdDirectory directory;

    public ReportScope scope(ReportRequest request) {
        AccessPolicy policy = currentUser.access();
        if (policy.isAdmin()) {
            return new ReportScope(request.queues().isEmpty(), Set.copyOf(request.queues()),
                    request.agents().isEmpty(), Set.copyOf(request.agents()));
        }
        request.queues().forEach(currentUser::requireQueue);
        Set<String> queues = request.queues().isEmpty() ? policy.queues() : Set.copyOf(request.queues());
        Set<String> agents = agentsOf(policy.queues());
        for (String agent : request.agents()) {
            if (!agents.contains(agent)) {
                throw ProblemException.forbidden("Agent '" + agent + "' is not a member of a queue you supervise");
            }
        }
        return new ReportScope(false, Set.copyOf(queues), false,
                request.agents().isEmpty() ? agents : Set.copyOf(request.agents()));
    }

    /** The agents this user may report on, for pick lists (all agents for admins). */
    public Set<String> visibleAgents() {
        AccessPolicy policy = currentUser.access();
        return policy.isAdmin() ? directory.agents().stream().map(AgentConfig::username)
                .collect(Collectors.toCollection(TreeSet::new)) : new TreeSet<>(agentsOf(policy.queues()));
    }

    /** The queues this user may report on, for pick lists (all configured queues for admins). */
    public Set<String> visibleQueues() {
        AccessPolicy policy = currentUser.access();
        return policy.isAdmin() ? directory.queues().stream().map(q -> q.name())
                .collect(Collectors.toCollection(TreeSet::new)) : new TreeSet<>(policy.queues());
    }

    private Set<String> agentsOf(Set<String> queues) {
        return directory.agents().stream()
                .filter(a -> a.memberships().stream().anyMatch(m -> queues.contains(m.queue())))
                .map(AgentConfig::username).collect(Collectors.toUnmodifiableSet());
    }
}
