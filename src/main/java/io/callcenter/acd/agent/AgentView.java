package io.callcenter.acd.agent;

import java.time.Instant;
import java.util.List;

/**
 * An agent's runtime state as the REST API and the live push show it.
 *
 * @param reason the pause reason code while PAUSED, else why the last transition happened (may be null)
 * @param nextState what the agent becomes after the current call / wrap-up (null = READY)
 * @param callId the call offered, talked or wrapped up (asterisk id + ":" + caller channel id)
 * @param wrapUpUntil when the wrap-up ends by itself
 * @param missedInRow consecutive offers not answered
 */
public record AgentView(String username, String endpoint, AgentState state, Instant since, List<String> queues,
        String reason, AgentState nextState, String nextReason, String callId, String queue, Instant wrapUpUntil,
        int missedInRow) {
}
