package io.callcenter.acd.agent;

import java.time.Instant;
import java.util.Optional;

/**
 * One agent state change, as decided by the ACD runtime; persisted and published by {@link AgentStatePublisher}.
 *
 * @param username the agent
 * @param endpoint its phone, e.g. {@code PJSIP/1001}
 * @param from previous state
 * @param to new state
 * @param reason pause reason code for PAUSED, or why (e.g. "auto-pause after 3 missed offers", "forced by sup-sales")
 * @param callId the queued call this is about (reserve / on call / wrap-up), if any
 * @param queue the queue of that call, if any
 * @param at when it happened
 */
public record AgentTransition(String username, String endpoint, AgentState from, AgentState to,
        Optional<String> reason, Optional<String> callId, Optional<String> queue, Instant at) {
}
