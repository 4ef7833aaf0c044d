package io.callcenter.reports.cdr;

import io.callcenter.metrics.Handling;
import io.callcenter.metrics.QueuedCall;
import io.callcenter.reports.query.AgentCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call as the projection sees it: its CDR, its stays, and what it adds to the rollups.
 *
 * @param record the CDR
 * @param stays the stays per queue, in order
 * @param queued one {@link QueuedCall} per stay that left the queue (parallel to {@code stays}, without handling)
 * @param agentCalls offers / answered / missed per agent rung (handling not included)
 * @param handling the answering agent's talk / hold / wrap, once the wrap-up is over
 * @param counted how far the rollups may count it: 0 not yet (still going on), 1 its stays and offers (ended),
 *     2 everything (ended, and not answered or its handling is known)
 */
public record ProjectedCall(CallRecord record, List<QueueStay> stays, List<Optional<QueuedCall>> queued,
        Map<String, AgentCalls> agentCalls, Optional<Handling> handling, int counted) {
}
