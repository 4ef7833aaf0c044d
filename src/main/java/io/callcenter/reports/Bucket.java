package io.callcenter.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One row's time bucket.
 *
 * @param kind the grouping
 * @param start first instant of the bucket (for WEEKDAY / TOTAL: of the period)
 * @param end first instant after it (for WEEKDAY / TOTAL: of the period)
 * @param localStart {@code start} in the centre's zone, for display
 * @param weekday the weekday for WEEKDAY rows
 * @param label what a report shows, e.g. "2026-11-27 08:15", "2026-11-27", "2026-11", "MONDAY", "total"
 */
public record Bucket(ReportBucket kind, Instant start, Instant end, LocalDateTime localStart,
        Optional<DayOfWeek> weekday, String label) {
}
