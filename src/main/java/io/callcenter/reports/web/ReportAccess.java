package io.callcenter.reports.web;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Narrows a report request to what the user may see: admins everything, supervisors the queues in their account and
 * the agents who are members of those queues. Asking for anything else is a 403, never a silently smaller report.
 * Naming queues also narrows the agents (to their members), so "agent performance of sales" means sales' agents.
 */
@RequestScoped
public class ReportAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    AcdDirectory directory;

    public ReportScope scope(ReportRequest request) {
        AccessPolicy policy = currentUser.access();
        boolean admin = policy.isAdmin();
        if (!admin) {
            request.queues().forEach(currentUser::requireQueue);
            Set<String> mine = agentsOf(policy.queues());
            request.agents().stream().filter(a -> !mine.contains(a)).findFirst().ifPresent(a -> {
                throw ProblemException.forbidden("Agent '" + a + "' is not a member of a queue you supervise");
            });
        }
        boolean allQueues = admin && request.queues().isEmpty();
        Set<String> queues = request.queues().isEmpty() && !admin ? Set.copyOf(policy.queues())
                : Set.copyOf(request.queues());
        if (!request.agents().isEmpty()) {
            return new ReportScope(allQueues, queues, false, Set.copyOf(request.agents()));
        }
        return allQueues ? new ReportScope(true, Set.of(), true, Set.of())
                : new ReportScope(false, queues, false, agentsOf(queues));
    }

    /** Throws a 403 problem unless the user may see a call that visited these queues. */
    public void requireCall(Collection<String> queues) {
        AccessPolicy policy = currentUser.access();
        if (!policy.isAdmin() && queues.stream().noneMatch(policy::canSuperviseQueue)) {
            throw ProblemException.forbidden("This call was in none of the queues you supervise");
        }
    }

    /** The queues this user may report on, for pick lists (all configured queues for admins). */
    public List<String> visibleQueues() {
        AccessPolicy policy = currentUser.access();
        return List.copyOf(policy.isAdmin() ? directory.queues().stream().map(QueueConfig::name)
                .collect(Collectors.toCollection(TreeSet::new)) : new TreeSet<>(policy.queues()));
    }

    /** The agents this user may report on, for pick lists (all agents for admins). */
    public List<String> visibleAgents() {
        AccessPolicy policy = currentUser.access();
        return List.copyOf(policy.isAdmin() ? directory.agents().stream().map(AgentConfig::username)
                .collect(Collectors.toCollection(TreeSet::new)) : new TreeSet<>(agentsOf(policy.queues())));
    }

    private Set<String> agentsOf(Set<String> queues) {
        return directory.agents().stream()
                .filter(a -> a.memberships().stream().anyMatch(m -> queues.contains(m.queue())))
                .map(AgentConfig::username).collect(Collectors.toUnmodifiableSet());
    }
}
