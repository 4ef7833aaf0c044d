package io.callcenter.acd.record;

import java.time.Instant;
import java.util.List;

/** One agent's runtime state as kept in {@code acd_agent_runtime} (the states are {@code AgentState} names). */
public record AgentRuntimeRow(String username, String endpoint, String state, Instant since, List<String> queues,
        String reason, String nextState, String nextReason, String callId, String asteriskId, Instant readySince,
        Instant wrapUpUntil, int missedInRow) {
}
