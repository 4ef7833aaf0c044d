package io.callcenter.acd.agent;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;

/** An agent command that does not fit the agent's current state (409) or names something unknown (400). */
public final class AgentCommandException extends ProblemException {

    private AgentCommandException(Problem problem) {
        super(problem);
    }

    static AgentCommandException conflict(String detail) {
        return new AgentCommandException(Problem.of("agent-state", "Not possible in this agent state", 409, detail));
    }

    static AgentCommandException badRequest(String detail) {
        return new AgentCommandException(Problem.of("agent-command", "Invalid agent command", 400, detail));
    }
}
