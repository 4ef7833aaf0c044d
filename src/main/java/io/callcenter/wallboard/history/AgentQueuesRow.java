package io.callcenter.wallboard.history;

import java.time.Instant;
import java.util.List;

/**
 * One {@code wallboard_agent_queues} row: from {@code at} on, the agent is logged in to these queues.
 *
 * @param id the row id (tailing order)
 * @param username the agent
 * @param at when the set took effect
 * @param queues the queues (empty: logged out)
 */
public record AgentQueuesRow(long id, String username, Instant at, List<String> queues) {

    public AgentQueuesRow {
        queues = List.copyOf(queues);
    }
}
