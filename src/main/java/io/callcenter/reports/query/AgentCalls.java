package io.callcenter.reports.query;

import io.callcenter.metrics.Average;
import io.callcenter.metrics.HandlingTotals;

/**
 * An agent's queue calls in a period, summable; a call counts in the quarter hour of its enqueue instant like
 * every queue figure, an offer in the quarter hour it rang.
 *
 * @param offers offers that rang the agent's phone
 * @param answered offers the agent answered
 * @param missed offers not answered (no answer, busy, unavailable, failed; a ring cancelled because the caller left
 *     or another agent answered first is not a miss)
 * @param handling talk / hold / wrap of the calls the agent finished (wrap-up over)
 */
public record AgentCalls(long offers, long answered, long missed, HandlingTotals handling) {

    /** Nothing. */
    public static final AgentCalls NONE = new AgentCalls(0, 0, 0, HandlingTotals.NONE);

    /** Field-wise sum. */
    public AgentCalls plus(AgentCalls o) {
        return new AgentCalls(offers + o.offers, answered + o.answered, missed + o.missed, handling.plus(o.handling));
    }

    /** Calls handled (answered and finished). */
    public long handled() {
        return handling.handled();
    }

    /** AHT: Σ (talk + hold + wrap) ÷ handled, as {@link io.callcenter.metrics.QueueMetrics#aht}. */
    public Average aht() {
        return new Average(handling.handleMs(), handling.handled());
    }
}
