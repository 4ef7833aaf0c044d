package io.callcenter.reports.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * Named periods relative to today's business day, so a saved definition such as "last 7 days" stays useful. Each
 * gives the first and the last business day (inclusive).
 */
public enum Range {
    TODAY("today"),
    YESTERDAY("yesterday"),
    LAST_7_DAYS("last-7-days"),
    LAST_30_DAYS("last-30-days"),
    THIS_WEEK("this-week"),
    LAST_WEEK("last-week"),
    THIS_MONTH("this-month"),
    LAST_MONTH("last-month");

    private final String slug;

    Range(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Range> find(String value) {
        return Arrays.stream(values()).filter(r -> r.slug.equalsIgnoreCase(value.trim())).findFirst();
    }

    /** First business day of the range, given today's business day. */
    public LocalDate first(LocalDate today) {
        return switch (this) {
            case TODAY -> today;
            case YESTERDAY -> today.minusDays(1);
            case LAST_7_DAYS -> today.minusDays(6);
            case LAST_30_DAYS -> today.minusDays(29);
            case THIS_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case LAST_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
        };
    }

    /** Last business day of the range (inclusive), given today's business day. */
    public LocalDate last(LocalDate today) {
        return switch (this) {
            case TODAY, LAST_7_DAYS, LAST_30_DAYS, THIS_WEEK, THIS_MONTH -> today;
            case YESTERDAY -> today.minusDays(1);
            case LAST_WEEK -> first(today).plusDays(6);
            case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
        };
    }
}
