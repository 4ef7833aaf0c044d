package io.callcenter.reports.cdr;

import io.callcenter.acd.config.SlRules;
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
 * @param rules the queue's rules recorded when the stay began (empty: not recorded, the queue's current ones apply)
 */
public record QueueStay(int seq, String queue, Instant enqueuedAt, Optional<Instant> leftAt,
        Optional<CallOutcome> outcome, int position, Optional<String> agent, Optional<SlRules> rules) {

    /** A stay as stored in {@code report_call_stay}, which does not keep the rules. */
    public QueueStay(int seq, String queue, Instant enqueuedAt, Optional<Instant> leftAt,
            Optional<CallOutcome> outcome, int position, Optional<String> agent) {
        this(seq, queue, enqueuedAt, leftAt, outcome, position, agent, Optional.empty());
    }
}
