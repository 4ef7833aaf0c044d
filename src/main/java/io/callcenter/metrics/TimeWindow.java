package io.callcenter.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}; a call counts in the window containing its enqueue instant.
 *
 * @param start first instant inside
 * @param end first instant after
 */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("window ends before it starts: " + start + " > " + end);
        }
    }

    /**
     * The sliding window of this length ending at {@code now}, now included: {@code (now − length, now]}, which is
     * {@code [now − length + 1 ns, now + 1 ns)} so a call enqueued exactly at {@code now} is in it.
     */
    public static TimeWindow sliding(Instant now, Duration length) {
        Instant end = now.plusNanos(1);
        return new TimeWindow(end.minus(length), end);
    }

    /** Whether {@code start <= at < end}. */
    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /** end − start (23 h or 25 h for a business day across a DST change). */
    public Duration length() {
        return Duration.between(start, end);
    }

    /** The part of {@code [from, to)} inside this window (zero when they do not overlap). */
    public Duration overlap(Instant from, Instant to) {
        Instant a = from.isAfter(start) ? from : start;
        Instant b = to.isBefore(end) ? to : end;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }
}
