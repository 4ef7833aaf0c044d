package io.callcenter.reports.web;

import io.callcenter.metrics.ReportInterval;
import java.util.Arrays;
import java.util.Optional;

/** Row buckets of the interval reports: the four {@link ReportInterval}s plus "all Mondays, all Tuesdays...". */
public enum Interval {
    QUARTER_HOUR("quarter-hour"),
    HOUR("hour"),
    DAY("day"),
    WEEKDAY("weekday"),
    MONTH("month");

    private final String slug;

    Interval(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Interval> find(String value) {
        String v = value.trim();
        return Arrays.stream(values()).filter(i -> i.slug.equalsIgnoreCase(v) || i.name().equalsIgnoreCase(v)
                || i == QUARTER_HOUR && v.equalsIgnoreCase("15min")).findFirst();
    }

    /** The metrics bucket, empty for WEEKDAY (which is not a window but a grouping of days). */
    public Optional<ReportInterval> bucket() {
        return switch (this) {
            case QUARTER_HOUR -> Optional.of(ReportInterval.QUARTER_HOUR);
            case HOUR -> Optional.of(ReportInterval.HOUR);
            case DAY -> Optional.of(ReportInterval.DAY);
            case MONTH -> Optional.of(ReportInterval.MONTH);
            case WEEKDAY -> Optional.empty();
        };
    }
}
