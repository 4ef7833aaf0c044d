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

    /**
     * From the kind, the start and the weekday (the other parts follow from them within a report): the record's
     * default hash of an hour's start and end (one hour apart) and local time left so few distinct low bits that a
     * year of hour buckets piled into tree bins of the reports' maps.
     */
    @Override
    public int hashCode() {
        long h = (start.getEpochSecond() * 31 + kind.ordinal()) * 31 + weekday.map(DayOfWeek::getValue).orElse(0);
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
