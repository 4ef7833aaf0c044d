package io.callcenter.acd.record;

import java.time.Instant;

/** What is known of a call when it joins a queue (or is routed elsewhere before joining). */
public record NewCall(String asteriskId, String callId, String server, String queue, String did, String callerNumber,
        String callerName, int priority, Instant enqueuedAt, int position, String holdingBridge) {
}
