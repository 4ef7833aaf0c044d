package io.callcenter.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Report buckets in the centre's zone: quarter hours, local hours across DST, business days and months. */
class ReportIntervalTest {

    private static final BusinessDay BERLIN_SIX = new BusinessDay(LocalTime.of(6, 0), ZoneId.of("Europe/Berlin"));

    private static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void quarterHourIncludesItsStartAndNotItsEnd() {
        assertEquals(window("2026-11-27T09:00:00Z", "2026-11-27T09:15:00Z"),
                ReportInterval.QUARTER_HOUR.containing(Instant.parse("2026-11-27T09:00:00Z"), BERLIN_SIX));
        assertEquals(window("2026-11-27T09:00:00Z", "2026-11-27T09:15:00Z"),
                ReportInterval.QUARTER_HOUR.containing(Instant.parse("2026-11-27T09:14:59.999Z"), BERLIN_SIX));
    }

    @Test
    void theRepeatedFallBackHourIsTwoBuckets() {
        // 25 Oct 2026: 02:xx CEST = 00:xx UTC, then 02:xx CET = 01:xx UTC
        assertEquals(window("2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z"),
                ReportInterval.HOUR.containing(Instant.parse("2026-10-25T00:30:00Z"), BERLIN_SIX));
        assertEquals(window("2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z"),
                ReportInterval.HOUR.containing(Instant.parse("2026-10-25T01:30:00Z"), BERLIN_SIX));
    }

    @Test
    void localHoursOfAHalfHourZoneAreMadeOfQuarterHours() {
        // Kolkata is UTC+05:30: local 15:00–16:00 is 09:30–10:30 UTC, four whole quarter hours
        BusinessDay kolkata = new BusinessDay(LocalTime.MIDNIGHT, ZoneId.of("Asia/Kolkata"));
        assertEquals(window("2026-11-27T09:30:00Z", "2026-11-27T10:30:00Z"),
                ReportInterval.HOUR.containing(Instant.parse("2026-11-27T10:00:00Z"), kolkata));
    }

    @Test
    void dayIsTheBusinessDay() {
        Instant at = Instant.parse("2026-11-27T04:00:00Z"); // 05:00 CET: still business day 26 Nov (Thursday)
        assertEquals(BERLIN_SIX.containing(at), ReportInterval.DAY.containing(at, BERLIN_SIX));
        assertEquals(DayOfWeek.THURSDAY, ReportInterval.weekdayOf(at, BERLIN_SIX));
    }

    @Test
    void monthRunsFromBusinessDayToBusinessDayAcrossDst() {
        // March 2026 in Berlin from 06:00: 1 Mar 06:00 CET (05:00 UTC) to 1 Apr 06:00 CEST (04:00 UTC): 31 days − 1 h
        TimeWindow march = ReportInterval.MONTH.containing(Instant.parse("2026-03-15T12:00:00Z"), BERLIN_SIX);
        assertEquals(window("2026-03-01T05:00:00Z", "2026-04-01T04:00:00Z"), march);
        assertEquals(Duration.ofDays(31).minusHours(1), march.length());
        // 1 Mar 05:00 CET is still business day 28 Feb, so February's bucket
        assertEquals(window("2026-02-01T05:00:00Z", "2026-03-01T05:00:00Z"),
                ReportInterval.MONTH.containing(Instant.parse("2026-03-01T04:00:00Z"), BERLIN_SIX));
    }
}
