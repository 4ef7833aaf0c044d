package io.callcenter.wallboard.figures;

import io.callcenter.metrics.TimeWindow;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wallboard at one instant: per-queue tiles, the overall tile, agents and waiting callers.
 *
 * @param at the instant the figures are for (live: now; time travel: the chosen instant)
 * @param period what the counters cover
 * @param window the calls counted: those enqueued in {@code [window.start, min(window.end, at)]}
 * @param queues one tile per selected queue, in the ACD directory's queue order
 * @param overall the selected queues together (counts summed, agents counted once)
 * @param agents agents logged in to any selected queue now, or logged in during the period, by username
 * @param waiting callers waiting in the selected queues, by queue then position
 */
public record Snapshot(Instant at, Period period, TimeWindow window, Map<String, QueueTile> queues,
        QueueTile overall, List<AgentRow> agents, List<WaitingCaller> waiting) {

    public Snapshot {
        queues = Collections.unmodifiableMap(new LinkedHashMap<>(queues));
        agents = List.copyOf(agents);
        waiting = List.copyOf(waiting);
    }
}
