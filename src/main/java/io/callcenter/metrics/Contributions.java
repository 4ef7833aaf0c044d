package io.callcenter.metrics;

import java.time.Duration;

/** The one place where a call becomes counts: rollup jobs and the live wallboard both add up these contributions. */
public final class Contributions {

    /** Never entered the queue: counted as after hours only, not offered. */
    private static final CallCounts AFTER_HOURS_CALL = new CallCounts(0, WaitStats.NONE, WaitStats.NONE,
            WaitStats.NONE, WaitStats.NONE, WaitStats.NONE, 0, 1, HandlingTotals.NONE, WaitHistogram.NONE,
            WaitHistogram.NONE);

    private Contributions() {
    }

    /**
     * What one call that left the queue contributes: offered 1 (unless after hours) and exactly one exit kind, its
     * wait classified with the thresholds; plus its handling if that is over.
     */
    public static CallCounts of(QueuedCall call, Thresholds t) {
        Duration wait = call.waited();
        WaitStats one = WaitStats.one(wait.toMillis(), t.within(wait));
        WaitHistogram hist = WaitHistogram.one(t.bucketEdges(), wait);
        CallCounts exit = switch (call.outcome()) {
            case ANSWERED, TRANSFERRED -> new CallCounts(1, one, none(), none(), none(), none(),
                    call.outcome() == CallOutcome.TRANSFERRED ? 1 : 0, 0, HandlingTotals.NONE, hist,
                    WaitHistogram.NONE);
            case ABANDONED -> new CallCounts(1, none(), one, t.shortAbandon(wait) ? one : none(), none(), none(), 0, 0,
                    HandlingTotals.NONE, WaitHistogram.NONE, hist);
            case TIMEOUT -> exitOnly(one, false);
            case OVERFLOW -> exitOnly(one, true);
            case AFTER_HOURS -> AFTER_HOURS_CALL;
        };
        return call.handling().map(h -> exit.plus(of(h))).orElse(exit);
    }

    /** A call still waiting in the queue: offered, nothing else yet (the live wallboard adds one per waiting caller). */
    public static CallCounts waiting() {
        return new CallCounts(1, none(), none(), none(), none(), none(), 0, 0, HandlingTotals.NONE,
                WaitHistogram.NONE, WaitHistogram.NONE);
    }

    /**
     * The handling part alone, for incremental rollups that add a call when it leaves the queue and its handling
     * when the agent finishes: {@code of(call without handling).plus(of(h)) == of(call with h)}.
     */
    public static CallCounts of(Handling h) {
        return new CallCounts(0, none(), none(), none(), none(), none(), 0, 0, HandlingTotals.of(h),
                WaitHistogram.NONE, WaitHistogram.NONE);
    }

    private static CallCounts exitOnly(WaitStats one, boolean overflow) {
        return new CallCounts(1, none(), none(), none(), overflow ? none() : one, overflow ? one : none(), 0, 0,
                HandlingTotals.NONE, WaitHistogram.NONE, WaitHistogram.NONE);
    }

    private static WaitStats none() {
        return WaitStats.NONE;
    }
}
