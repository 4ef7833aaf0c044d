package io.callcenter.wallboard.history;

import io.callcenter.acd.agent.AgentState;
import java.time.Instant;

/**
 * One {@code acd_agent_state} row: an agent's state change.
 *
 * @param id the row id (tailing order)
 * @param username the agent
 * @param at when it happened
 * @param from the previous state
 * @param to the new state
 * @param reason pause reason for PAUSED, else why (may be null)
 * @param callKey the call reserved / talked / wrapped up, {@code <asterisk id>:<call id>} (may be null)
 * @param queue that call's queue (may be null)
 */
public record AgentStateRow(long id, String username, Instant at, AgentState from, AgentState to, String reason,
        String callKey, String queue) {
}
