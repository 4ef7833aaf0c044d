package io.callcenter.metrics;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * An average duration kept as total and count, so it can be shown or summed further; empty when the count is 0.
 *
 * @param totalMs sum of the durations in milliseconds
 * @param count how many were summed
 */
public record Average(long totalMs, long count) {

    /** totalMs ÷ count, rounded half up to a whole millisecond; empty when count is 0. */
    public Optional<Duration> value() {
        return count > 0 ? Optional.of(Duration.ofMillis(Math.round((double) totalMs / count))) : Optional.empty();
    }

    /** Seconds with one decimal, e.g. "12.5 s", or "—". */
    public String display() {
        return value().map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0)).orElse(Ratio.NO_VALUE);
    }
}
