package io.callcenter.wallboard.figures;

import io.callcenter.acd.agent.AgentState;
import java.util.List;

/**
 * One agent at the snapshot's instant.
 *
 * @param username the agent
 * @param state its state (LOGGED_OUT agents are listed only if they were logged in during the period)
 * @param sinceMs when it entered that state, epoch milliseconds
 * @param timeInStateMs snapshot instant − since, milliseconds
 * @param pauseReason the pause reason code while PAUSED, else null
 * @param queues the queues it is logged in to (empty when logged out)
 * @param callId the call offered / talked / wrapped up ({@code <asterisk id>:<channel id>}), else null
 * @param callQueue that call's queue, else null
 * @param callerNumber that call's caller id number, else null
 * @param callerName that call's caller id name, else null
 * @param callsHandled calls of the period (by enqueue instant) this agent answered by the snapshot's instant
 */
public record AgentRow(String username, AgentState state, long sinceMs, long timeInStateMs, String pauseReason,
        List<String> queues, String callId, String callQueue, String callerNumber, String callerName,
        long callsHandled) {

    public AgentRow {
        queues = List.copyOf(queues);
    }
}
