package io.callcenter.reports;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.security.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The span a report covers, {@code [start, end)}, on quarter-hour boundaries (the rollups' grain).
 *
 * @param start first instant inside
 * @param end first instant after
 */
public record ReportPeriod(Instant start, Instant end) {

    static final long QUARTER_MS = Duration.ofMinutes(15).toMillis();
    /** Longest period a report may cover (a few years is plenty; keeps a typo from scanning forever). */
    static final Duration LONGEST = Duration.ofDays(3 * 366);

    public ReportPeriod {
        if (start == null || end == null) {
            throw ProblemException.badRequest("report-period", "Invalid period", "a period needs a start and an end");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.badRequest("report-period", "Invalid period", "the period ends before it starts");
        }
        if (start.toEpochMilli() % QUARTER_MS != 0 || end.toEpochMilli() % QUARTER_MS != 0) {
            throw ProblemException.badRequest("report-period", "Invalid period",
                    "a period starts and ends on a quarter hour");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw ProblemException.badRequest("report-period", "Invalid period", "a period covers at most 3 years");
        }
    }

    /** Business days {@code first} to {@code last}, both included, of the centre's business day. */
    public static ReportPeriod days(LocalDate first, LocalDate last, BusinessDay day) {
        if (last.isBefore(first)) {
            throw ProblemException.badRequest("report-period", "Invalid period", "the last day is before the first");
        }
        return new ReportPeriod(day.startOf(first), day.startOf(last.plusDays(1)));
    }

    /** Local times in the centre's zone, {@code [from, to)}, e.g. 2026-11-27T08:00 to 2026-11-27T12:00. */
    public static ReportPeriod local(LocalDateTime from, LocalDateTime to, ZoneId zone) {
        return new ReportPeriod(from.atZone(zone).toInstant(), to.atZone(zone).toInstant());
    }

    /** The same span as a metrics window. */
    public TimeWindow window() {
        return new TimeWindow(start, end);
    }
}
