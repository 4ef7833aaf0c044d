package io.callcenter.reports;

import io.callcenter.metrics.ReportInterval;
import java.util.Optional;

/** How report rows are grouped in time: the {@link ReportInterval}s plus "weekday" (all Mondays together...). */
public enum ReportBucket {
    QUARTER_HOUR(ReportInterval.QUARTER_HOUR),
    HOUR(ReportInterval.HOUR),
    DAY(ReportInterval.DAY),
    /** The weekday of the business day: every Monday of the period in one row. */
    WEEKDAY(null),
    MONTH(ReportInterval.MONTH),
    /** One row for the whole period. */
    TOTAL(null);

    private final ReportInterval interval;

    ReportBucket(ReportInterval interval) {
        this.interval = interval;
    }

    /** The time bucket this is, empty for WEEKDAY and TOTAL (which are not one window each). */
    public Optional<ReportInterval> interval() {
        return Optional.ofNullable(interval);
    }
}
