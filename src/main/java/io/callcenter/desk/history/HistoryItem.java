package io.callcenter.desk.history;

import java.time.Instant;

/**
 * One call of the agent's history (a row of {@code acd_call} it answered).
 *
 * @param talkMs ended - answered - hold, null while the call is open
 */
public record HistoryItem(String callId, String asteriskId, String queue, String did, String callerNumber,
        String callerName, Instant enqueuedAt, Instant answeredAt, Instant endedAt, Long waitMs, Long talkMs,
        long holdMs, Instant wrapEndedAt, String hangupSide, String transferredTo, String disposition,
        String recording) {
}
