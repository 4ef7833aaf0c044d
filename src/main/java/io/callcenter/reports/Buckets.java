package io.callcenter.reports;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.ReportInterval;
import io.callcenter.metrics.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

/**
 * Cuts a report period into {@link Bucket}s in the centre's zone: from a quarter hour (any bucket kind) or from a
 * business day (day-sized kinds), clipped to the period.
 *
 * @param kind the grouping
 * @param day the centre's business day
 * @param period the report's span
 */
public record Buckets(ReportBucket kind, BusinessDay day, ReportPeriod period) {

    /** Rows in time order (weekdays Monday first). */
    public static final Comparator<Bucket> ORDER = (x, y) -> {
        // by start, then weekday (none first); written out because report maps of ~100k rows sort with it
        int c = x.start().compareTo(y.start());
        return c != 0 ? c : Integer.compare(weekdayNumber(x), weekdayNumber(y));
    };

    private static int weekdayNumber(Bucket b) {
        return b.weekday().isPresent() ? b.weekday().get().getValue() : 0;
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Whether the period is made of whole business days, so the day rollups can serve day-sized buckets. */
    public boolean wholeDays() {
        return kind != ReportBucket.QUARTER_HOUR && kind != ReportBucket.HOUR
                && period.start().equals(day.startOf(day.dateOf(period.start())))
                && period.end().equals(day.startOf(day.dateOf(period.end())));
    }

    /** First and last business day of a {@link #wholeDays()} period. */
    public LocalDate firstDay() {
        return day.dateOf(period.start());
    }

    public LocalDate endDay() {
        return day.dateOf(period.end());
    }

    /** The bucket of the quarter hour starting at {@code quarter}. */
    public Bucket ofQuarter(Instant quarter) {
        return switch (kind) {
            case WEEKDAY -> weekday(ReportInterval.weekdayOf(quarter, day));
            case TOTAL -> total();
            default -> window(kind.interval().orElseThrow().containing(quarter, day));
        };
    }

    /**
     * What tells the bucket of a quarter hour apart from the others (its window, weekday or nothing for TOTAL), much
     * cheaper than the bucket with its label: equal keys, equal {@link #ofQuarter} buckets.
     */
    public Object keyOfQuarter(Instant quarter) {
        return switch (kind) {
            case WEEKDAY -> ReportInterval.weekdayOf(quarter, day);
            case TOTAL -> kind;
            default -> kind.interval().orElseThrow().containing(quarter, day);
        };
    }

    /**
     * The bucket of a day-table group: for DAY the business day, MONTH its month's first day, WEEKDAY any date of
     * that weekday, TOTAL anything.
     */
    public Bucket ofDay(LocalDate date) {
        return switch (kind) {
            case DAY -> window(day.of(date));
            case MONTH -> window(new TimeWindow(day.startOf(date), day.startOf(date.plusMonths(1))));
            case WEEKDAY -> weekday(date.getDayOfWeek());
            case TOTAL -> total();
            default -> throw new IllegalStateException(kind + " is not served by day rollups");
        };
    }

    /** The whole period as one bucket. */
    public Bucket total() {
        return new Bucket(ReportBucket.TOTAL, period.start(), period.end(),
                period.start().atZone(day.zone()).toLocalDateTime(), Optional.empty(), "total");
    }

    private Bucket weekday(DayOfWeek d) {
        return new Bucket(kind, period.start(), period.end(), period.start().atZone(day.zone()).toLocalDateTime(),
                Optional.of(d), d.name());
    }

    private Bucket window(TimeWindow w) {
        Instant start = w.start().isBefore(period.start()) ? period.start() : w.start();
        Instant end = w.end().isAfter(period.end()) ? period.end() : w.end();
        var local = w.start().atZone(day.zone()).toLocalDateTime();
        String label = switch (kind) {
            case QUARTER_HOUR, HOUR -> local.format(MINUTE);
            case DAY -> day.dateOf(w.start()).toString();
            default -> day.dateOf(w.start()).toString().substring(0, 7);
        };
        return new Bucket(kind, start, end, start.atZone(day.zone()).toLocalDateTime(), Optional.empty(), label);
    }
}
