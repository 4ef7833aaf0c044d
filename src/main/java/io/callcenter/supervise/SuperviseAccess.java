package io.callcenter.supervise;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The request's user as a supervisor: its scope, and the 403s for agents and queues outside it. */
@RequestScoped
public class SuperviseAccess {

    @Inject
    CurrentUser user;
    @Inject
    AcdDirectory directory;

    public Scope scope() {
        return Scope.of(user.access());
    }

    public String username() {
        return user.username();
    }

    /** The phone of the user's account, null when it has none. */
    public String endpoint() {
        return user.access().endpoint();
    }

    public boolean isAdmin() {
        return user.access().isAdmin();
    }

    /** The agent, when it is in a queue this user supervises; the same 403 whether it exists or not. */
    public AgentConfig requireAgent(String username) {
        AgentConfig agent = directory.agent(username).orElse(null);
        if (agent == null && isAdmin()) {
            throw ProblemException.notFound("acd-agent", "No ACD agent '" + username + "' is configured");
        }
        if (agent == null || !scope().agent(agent)) {
            throw ProblemException.forbidden("Agent '" + username + "' is in none of the queues you supervise");
        }
        return agent;
    }

    public void requireQueue(String queue) {
        if (!scope().queue(queue)) {
            throw ProblemException.forbidden("You do not supervise queue '" + queue + "'");
        }
    }
}
