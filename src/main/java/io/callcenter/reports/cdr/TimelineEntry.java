package io.callcenter.reports.cdr;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a call's story, from the ACD steps or from the ARI event log of its channels.
 *
 * @param at when
 * @param source "acd" (acd_call_step) or "ari" (ari_event)
 * @param kind step kind (enqueue, offer, answer, hold, ...) or ARI event type (ChannelStateChange, ...)
 * @param queue the queue, for ACD steps
 * @param agent the agent, when one is involved
 * @param channelId the channel concerned
 * @param detail what happened in words (step detail; for ARI events a short summary)
 * @param cause Q.850 cause when there is one
 */
public record TimelineEntry(Instant at, String source, String kind, Optional<String> queue, Optional<String> agent,
        Optional<String> channelId, Optional<String> detail, Optional<Integer> cause) {
}
