package io.callcenter.acd.record;

import java.time.Instant;

/** A call not ended in {@code acd_call}: what a restarted ACD needs to take it over. */
public record OpenCallRow(String asteriskId, String callId, String server, String queue, String did,
        String callerNumber, String callerName, int priority, Instant enqueuedAt, int position, String holdingBridge,
        String agent, String agentChannel, String callBridge, String outcome) {
}
