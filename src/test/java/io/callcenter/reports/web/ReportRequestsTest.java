package io.callcenter.reports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.reports.ReportBucket;
import io.callcenter.security.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Report parameters: periods in the centre's zone and business day, defaults, and every refusal in words. */
class ReportRequestsTest {

    private static final BusinessDay PARIS_6AM = new BusinessDay(LocalTime.of(6, 0), ZoneId.of("Europe/Paris"));
    // Friday 27 Nov 2026, 09:00 in Paris
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private static final ReportsWebConfig LIMITS = new ReportsWebConfig() {
        public int maxDays() {
            return 400;
        }

        public int maxQuarterHourDays() {
            return 62;
        }

        public int pageSize() {
            return 50;
        }

        public int maxPageSize() {
            return 500;
        }
    };

    private static ReportRequest parse(ReportType type, Map<String, String> params) {
        return ReportRequests.parse(type, params, PARIS_6AM, NOW, LIMITS);
    }

    private static List<String> errors(ReportType type, Map<String, String> params) {
        ProblemException e = assertThrows(ProblemException.class, () -> parse(type, params));
        assertEquals(400, e.problem().status());
        return e.problem().errors();
    }

    @Test
    void datesAreBusinessDaysInTheCentresZoneWithToInclusive() {
        ReportRequest r = parse(ReportType.QUEUE_INTERVAL, Map.of("from", "2026-11-02", "to", "2026-11-03"));
        assertEquals(Instant.parse("2026-11-02T05:00:00Z"), r.period().window().start());
        assertEquals(Instant.parse("2026-11-04T05:00:00Z"), r.period().window().end());
        assertEquals("2026-11-02..2026-11-03", r.period().label());
        assertEquals(ReportBucket.DAY, r.bucket());
    }

    @Test
    void noPeriodIsTodaysBusinessDayByHour() {
        ReportRequest r = parse(ReportType.QUEUE_INTERVAL, Map.of());
        assertEquals(Instant.parse("2026-11-27T05:00:00Z"), r.period().window().start());
        assertEquals(ReportBucket.HOUR, r.bucket());
        assertEquals("2026-11-27", r.period().label());
    }

    @Test
    void localDateTimesAreInstantsInTheZone() {
        ReportRequest r = parse(ReportType.CALLS, Map.of("from", "2026-11-27T08:30", "to", "2026-11-27T09:00"));
        assertEquals(Instant.parse("2026-11-27T07:30:00Z"), r.period().window().start());
        assertEquals(Duration.ofMinutes(30), r.period().window().length());
    }

    @Test
    void namedRangesFollowTodaysBusinessDay() {
        ReportRequest lastWeek = parse(ReportType.ABANDONS, Map.of("range", "last-week"));
        assertEquals(Instant.parse("2026-11-16T05:00:00Z"), lastWeek.period().window().start());
        assertEquals(Instant.parse("2026-11-23T05:00:00Z"), lastWeek.period().window().end());
        ReportRequest lastMonth = parse(ReportType.ABANDONS, Map.of("range", "last-month"));
        assertEquals("2026-10-01..2026-10-31", lastMonth.period().label());
        // 1 Oct 06:00 CEST (+2) to 1 Nov 06:00 CET (+1): the DST change is inside
        assertEquals(Instant.parse("2026-10-01T04:00:00Z"), lastMonth.period().window().start());
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), lastMonth.period().window().end());
    }

    @Test
    void callFiltersAndPaging() {
        ReportRequest r = parse(ReportType.CALLS, Map.of("queue", "sales, support", "agent", "agent1001",
                "number", "+3312", "outcome", "abandoned,after-hours", "minDuration", "10", "maxDuration", "60",
                "page", "2", "size", "20"));
        assertEquals(List.of("sales", "support"), r.queues());
        assertEquals(Set.of(CallOutcome.ABANDONED, CallOutcome.AFTER_HOURS), r.calls().outcomes());
        assertEquals(Duration.ofSeconds(10), r.calls().minDuration().orElseThrow());
        assertEquals("+3312", r.calls().number().orElseThrow());
        assertEquals(2, r.page());
        assertEquals(20, r.size());
        assertEquals(50, parse(ReportType.CALLS, Map.of()).size());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<String> errors = errors(ReportType.CALLS, Map.of("from", "27/11/2026", "to", "2026-11-01",
                "outcome", "lost", "size", "5000", "page", "-1", "number", "abc", "colour", "red",
                "queue", "sales;drop table"));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("from: '27/11/2026' is neither a date")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("outcome: unknown outcome 'lost'")), errors::toString);
        assertTrue(errors.contains("size: must be between 1 and 500, got 5000"), errors::toString);
        assertTrue(errors.contains("page: must be between 0 and 100000, got -1"), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("number: digits")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("colour: unknown parameter")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("queue: 'sales;drop table' is not a name")), errors::toString);
    }

    @Test
    void periodsMustBeOrderedCompleteAndNotTooLong() {
        assertEquals(List.of("to: must be after from"),
                errors(ReportType.QUEUE_INTERVAL, Map.of("from", "2026-11-02T10:00", "to", "2026-11-02T09:00")));
        assertEquals(List.of("to: required when from is given"), errors(ReportType.QUEUE_INTERVAL, Map.of("from", "2026-11-02")));
        assertEquals(List.of("range: give either range or from/to, not both"),
                errors(ReportType.QUEUE_INTERVAL, Map.of("range", "today", "from", "2026-11-02")));
        assertEquals(List.of("range: unknown range 'forever'"), errors(ReportType.QUEUE_INTERVAL, Map.of("range", "forever")));
        assertTrue(errors(ReportType.QUEUE_INTERVAL, Map.of("from", "2026-01-01", "to", "2026-11-01", "interval",
                "quarter-hour")).get(0).contains("at most 62 are allowed with quarter-hour rows"));
        assertTrue(errors(ReportType.AGENT_PERFORMANCE, Map.of("from", "2020-01-01", "to", "2026-11-01")).get(0)
                .contains("at most 400"));
        assertTrue(errors(ReportType.AGENT_PERFORMANCE, Map.of("hours", "open")).get(0)
                .startsWith("hours: unknown parameter; agent-performance accepts"));
        assertEquals(List.of("after: not a page token from a previous answer's next"),
                errors(ReportType.CALLS, Map.of("after", "%%%")));
    }
}
