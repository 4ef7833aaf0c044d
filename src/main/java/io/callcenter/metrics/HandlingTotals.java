package io.callcenter.metrics;

/**
 * Summable handling times of answered calls whose handling is over.
 *
 * @param handled calls counted (answered, conversation and wrap-up finished)
 * @param talkMs total talk time, hold excluded, in milliseconds
 * @param holdMs total hold time in milliseconds
 * @param wrapMs total wrap-up time in milliseconds
 */
public record HandlingTotals(long handled, long talkMs, long holdMs, long wrapMs) {

    /** Nothing handled. */
    public static final HandlingTotals NONE = new HandlingTotals(0, 0, 0, 0);

    /** One handled call. */
    public static HandlingTotals of(Handling h) {
        return new HandlingTotals(1, h.talk().toMillis(), h.hold().toMillis(), h.wrap().toMillis());
    }

    /** Talk + hold + wrap in milliseconds. */
    public long handleMs() {
        return talkMs + holdMs + wrapMs;
    }

    /** Field-wise sum. */
    public HandlingTotals plus(HandlingTotals o) {
        return new HandlingTotals(handled + o.handled, talkMs + o.talkMs, holdMs + o.holdMs, wrapMs + o.wrapMs);
    }
}
