package io.callcenter.metrics;

/**
 * Summable statistics of the waits of one kind of queue exit (answered, abandoned, ...).
 *
 * @param count calls
 * @param within of those, calls whose wait was {@code <=} the service-level threshold
 * @param sumMs total wait in milliseconds
 * @param maxMs longest wait in milliseconds (0 when count is 0)
 */
public record WaitStats(long count, long within, long sumMs, long maxMs) {

    /** No calls. */
    public static final WaitStats NONE = new WaitStats(0, 0, 0, 0);

    /** One call that waited {@code waitMs}, within the threshold or not. */
    public static WaitStats one(long waitMs, boolean within) {
        return new WaitStats(1, within ? 1 : 0, waitMs, waitMs);
    }

    /** Counts and sums add up; the max is the larger max. */
    public WaitStats plus(WaitStats o) {
        return new WaitStats(count + o.count, within + o.within, sumMs + o.sumMs, Math.max(maxMs, o.maxMs));
    }
}
