package io.callcenter.acd.agent.web;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** JSON bodies of the agent-state API. */
public final class AgentRequests {

    private AgentRequests() {
    }

    /** Log in to these queues; null or absent = every queue the agent is a member of. */
    public record Login(List<String> queues) {
    }

    /** Pause with a configured reason code. */
    public record Pause(@NotBlank String reason) {
    }

    /** What the agent becomes after the current call: READY (clears), PAUSED (with reason) or LOGGED_OUT. */
    public record NextStatus(@NotBlank String state, String reason) {
    }
}
