package io.callcenter.metrics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The report buckets, as windows in the contact centre's zone; DAY and MONTH follow the {@link BusinessDay}, so a
 * report's day equals the wallboard's day. Every bucket is a union of quarter hours as long as the zone's offsets and
 * the day start are whole quarter hours (true of every zone in use today), which is why 15-minute rollups suffice.
 */
public enum ReportInterval {
    /** 15 minutes, aligned to the quarter hours of the epoch (= local quarter hours for quarter-hour offsets). */
    QUARTER_HOUR,
    /** A local clock hour (in a DST fall-back, the repeated hour is two separate buckets). */
    HOUR,
    /** A business day. */
    DAY,
    /** From the business day of the 1st of a month to that of the 1st of the next month. */
    MONTH;

    private static final long QUARTER_MS = Duration.ofMinutes(15).toMillis();

    /** The bucket of this kind containing {@code at}, for the centre's business day. */
    public TimeWindow containing(Instant at, BusinessDay day) {
        return switch (this) {
            case QUARTER_HOUR -> {
                Instant start = Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), QUARTER_MS) * QUARTER_MS);
                yield new TimeWindow(start, start.plusMillis(QUARTER_MS));
            }
            case HOUR -> {
                Instant start = at.atZone(day.zone()).truncatedTo(ChronoUnit.HOURS).toInstant();
                yield new TimeWindow(start, start.plus(Duration.ofHours(1)));
            }
            case DAY -> day.containing(at);
            case MONTH -> {
                var first = day.dateOf(at).withDayOfMonth(1);
                yield new TimeWindow(day.startOf(first), day.startOf(first.plusMonths(1)));
            }
        };
    }

    /** The weekday bucket ("all Mondays") of {@code at}: the weekday of its business day. */
    public static DayOfWeek weekdayOf(Instant at, BusinessDay day) {
        return day.dateOf(at).getDayOfWeek();
    }
}
