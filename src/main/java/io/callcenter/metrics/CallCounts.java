package io.callcenter.metrics;

/**
 * Raw, summable counts of queued calls: one call's {@link Contributions contribution}, a 15-minute rollup, a business
 * day and a whole year are all the same record, and the sum of parts equals the whole. Every metric is computed from
 * these by {@link ServiceLevel} and {@link QueueMetrics}.
 *
 * @param offered calls that entered the queue (left it or still waiting); after-hours calls are not offered
 * @param answered answered calls (transferred ones included) with their waits until answer
 * @param abandoned calls whose caller hung up while waiting (short abandons included)
 * @param shortAbandoned the abandons with a wait {@code <} the short-abandon threshold (a subset of abandoned)
 * @param timedOut calls sent to the overflow target because the max wait was reached
 * @param overflowed calls sent on unanswered for another reason (max length, no agents, redirect)
 * @param transferred answered calls the agent transferred onwards (a subset of answered)
 * @param afterHours calls that arrived outside business hours (not offered, not in any other count)
 * @param handling talk / hold / wrap of answered calls whose handling is over
 * @param answeredWaits distribution of the waits of answered calls
 * @param abandonedWaits distribution of the waits of abandoned calls
 */
public record CallCounts(long offered, WaitStats answered, WaitStats abandoned, WaitStats shortAbandoned,
        WaitStats timedOut, WaitStats overflowed, long transferred, long afterHours, HandlingTotals handling,
        WaitHistogram answeredWaits, WaitHistogram abandonedWaits) {

    /** No calls at all: the neutral element of {@link #plus}. */
    public static final CallCounts ZERO = new CallCounts(0, WaitStats.NONE, WaitStats.NONE, WaitStats.NONE,
            WaitStats.NONE, WaitStats.NONE, 0, 0, HandlingTotals.NONE, WaitHistogram.NONE, WaitHistogram.NONE);

    /** Field-wise sum (max of the maxima): how rollups, days and the live wallboard accumulate. */
    public CallCounts plus(CallCounts o) {
        return new CallCounts(offered + o.offered, answered.plus(o.answered), abandoned.plus(o.abandoned),
                shortAbandoned.plus(o.shortAbandoned), timedOut.plus(o.timedOut), overflowed.plus(o.overflowed),
                transferred + o.transferred, afterHours + o.afterHours, handling.plus(o.handling),
                answeredWaits.plus(o.answeredWaits), abandonedWaits.plus(o.abandonedWaits));
    }

    /** The sum of many counts ({@link #ZERO} for none). */
    public static CallCounts sum(Iterable<CallCounts> counts) {
        CallCounts total = ZERO;
        for (CallCounts c : counts) {
            total = total.plus(c);
        }
        return total;
    }

    /** Calls that left the queue: answered + abandoned + timed out + overflowed. */
    public long leftQueue() {
        return answered.count() + abandoned.count() + timedOut.count() + overflowed.count();
    }

    /** Offered calls that have not left the queue yet (non-zero only for live counts that include waiting calls). */
    public long stillWaiting() {
        return offered - leftQueue();
    }

    /** The longest wait of any call that left the queue, in milliseconds (0 when none did). */
    public long maxWaitMs() {
        return Math.max(Math.max(answered.maxMs(), abandoned.maxMs()), Math.max(timedOut.maxMs(), overflowed.maxMs()));
    }
}
