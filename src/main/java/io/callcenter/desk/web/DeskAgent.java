package io.callcenter.desk.web;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The logged-in user as an ACD agent: every desk request is about the agent itself, never about another one. */
@RequestScoped
public class DeskAgent {

    @Inject
    CurrentUser currentUser;
    @Inject
    AcdDirectory directory;

    /** The agent's configuration; 404 {@code desk-not-agent} when the user is no ACD agent. */
    public AgentConfig config() {
        return directory.agent(currentUser.username()).orElseThrow(() -> ProblemException.notFound("desk-not-agent",
                "User " + currentUser.username() + " is not an ACD agent"));
    }

    public String username() {
        return config().username();
    }

    /** The phone of another agent, for a consult; 409 when there is no such agent or it has no phone. */
    public String endpointOf(String agent) {
        return directory.agent(agent).map(AgentConfig::endpoint).filter(e -> e != null && !e.isBlank())
                .orElseThrow(() -> ProblemException.conflict("desk-target-unavailable", "Target unavailable",
                        "No agent '" + agent + "' with a phone"));
    }
}
