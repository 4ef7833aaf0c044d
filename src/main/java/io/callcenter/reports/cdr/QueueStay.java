package io.callcenter.reports.cdr;

import io.callcenter.metrics.CallOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * One stay of a call in one queue (a call that overflows from A to B has two), what the rollups count.
 *
 * @param seq 0 for the first queue, 1 for the next...
 * @param queue the queue
 * @param enqueuedAt the instant the stay counts at (an overflowed call keeps its original enqueue time)
 * @param leftAt when it left the queue (empty while waiting)
 * @param outcome how the stay ended (empty while waiting)
 * @param position queue position when it joined (1 = first in line; 0 = never parked)
 * @param agent the agent who answered in this queue
 */
public record QueueStay(int seq, String queue, Instant enqueuedAt, Optional<Instant> leftAt,
        Optional<CallOutcome> outcome, int position, Optional<String> agent) {
}
