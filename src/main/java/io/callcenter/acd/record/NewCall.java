package io.callcenter.acd.record;

import io.callcenter.acd.config.SlRules;
import java.time.Instant;

/**
 * What is known of a call when it joins a queue (or is routed elsewhere before joining), with the queue's service-level
 * rules then (recorded so a later change of the queue does not reclassify the call).
 */
public record NewCall(String asteriskId, String callId, String server, String queue, String did, String callerNumber,
        String callerName, int priority, Instant enqueuedAt, int position, String holdingBridge,
        SlRules rules) {
}
