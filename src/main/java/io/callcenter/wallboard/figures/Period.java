package io.callcenter.wallboard.figures;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which calls the counters of a snapshot cover: the business day containing the instant (day start from
 * {@code callcenter.centre.*}), or a sliding window of a given length ending at the instant (no midnight blind spot).
 *
 * @param sliding empty for the business day, else the sliding window's length (positive, at most a week)
 */
public record Period(Optional<Duration> sliding) {

    /** The longest sliding window accepted. */
    public static final Duration MAX_SLIDING = Duration.ofDays(7);

    public Period {
        Objects.requireNonNull(sliding, "sliding");
        sliding.ifPresent(d -> {
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_SLIDING) > 0) {
                throw new IllegalArgumentException("sliding window must be > 0 and <= 7 days: " + d);
            }
        });
    }

    /** The business day containing the instant. */
    public static Period businessDay() {
        return new Period(Optional.empty());
    }

    /** The sliding window {@code (at − length, at]}. */
    public static Period sliding(Duration length) {
        return new Period(Optional.of(length));
    }

    /** The window whose calls (by enqueue instant) this period counts at {@code at}; the day's end may lie after it. */
    public TimeWindow window(Instant at, BusinessDay day) {
        return sliding.map(length -> TimeWindow.sliding(at, length)).orElseGet(() -> day.containing(at));
    }
}
