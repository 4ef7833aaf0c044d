package io.callcenter.reports.cdr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the history holds about one call: its {@code acd_call} row, its steps in order and, from
 * {@code acd_agent_state}, when the answering agent's wrap-up for it ended.
 *
 * @param agentWrapEnd the first transition of the answering agent out of ON_CALL / WRAP_UP for this call into
 *     another state (READY, PAUSED, LOGGED_OUT), if any
 */
public record CallHistory(String asteriskId, String callId, String callerNumber, String callerName, String did,
        String firstQueue, String queue, Instant enqueuedAt, Integer enqueuePosition, Instant answeredAt,
        String agent, String outcome, String overflowReason, Long abandonWaitMs, Integer abandonPosition,
        String transferredTo, String hangupSide, Integer hangupCause, String disposition, Instant endedAt,
        long holdMs, Instant wrapEndedAt, String recording, List<StepRow> steps, Optional<Instant> agentWrapEnd) {

    public CallHistory {
        steps = List.copyOf(steps);
    }

    /** The key agent transitions use for a call: {@code <asterisk id>:<channel id>}. */
    public String key() {
        return asteriskId + ":" + callId;
    }
}
