package io.callcenter.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Business-day windows across DST changes (Europe/Berlin 2026: 29 March and 25 October) and sliding windows. */
class BusinessDayTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessDay SIX_AM = new BusinessDay(LocalTime.of(6, 0), BERLIN);

    @Test
    void anOrdinaryDayIs24HoursFromTheDayStart() {
        // 27 Nov 2026 06:00 CET = 05:00 UTC
        TimeWindow day = SIX_AM.containing(Instant.parse("2026-11-27T12:00:00Z"));
        assertEquals(new TimeWindow(Instant.parse("2026-11-27T05:00:00Z"), Instant.parse("2026-11-28T05:00:00Z")), day);
        assertEquals(Duration.ofHours(24), day.length());
    }

    @Test
    void beforeTheDayStartIsStillThePreviousBusinessDay() {
        // 27 Nov 05:59:59.999 CET is business day 26 Nov; 06:00:00 exactly begins 27 Nov
        assertEquals(LocalDate.of(2026, 11, 26), SIX_AM.dateOf(Instant.parse("2026-11-27T04:59:59.999Z")));
        assertEquals(LocalDate.of(2026, 11, 27), SIX_AM.dateOf(Instant.parse("2026-11-27T05:00:00Z")));
    }

    @Test
    void springForwardDayIs23Hours() {
        // 05:00 CEST on 29 March (03:00 UTC) is before 06:00: business day 28 March,
        // from 28 Mar 06:00 CET (05:00 UTC) to 29 Mar 06:00 CEST (04:00 UTC) = 23 h
        TimeWindow day = SIX_AM.containing(Instant.parse("2026-03-29T03:00:00Z"));
        assertEquals(new TimeWindow(Instant.parse("2026-03-28T05:00:00Z"), Instant.parse("2026-03-29T04:00:00Z")), day);
        assertEquals(Duration.ofHours(23), day.length());
    }

    @Test
    void fallBackDayIs25Hours() {
        // 24 Oct 06:00 CEST (04:00 UTC) to 25 Oct 06:00 CET (05:00 UTC) = 25 h
        TimeWindow day = SIX_AM.of(LocalDate.of(2026, 10, 24));
        assertEquals(new TimeWindow(Instant.parse("2026-10-24T04:00:00Z"), Instant.parse("2026-10-25T05:00:00Z")), day);
        assertEquals(Duration.ofHours(25), day.length());
    }

    @Test
    void aDayStartInsideTheGapBeginsWhenTheGapEnds() {
        // 02:30 does not exist on 29 March (02:00 CET → 03:00 CEST at 01:00 UTC): that day begins at 01:00 UTC.
        // 28 Mar 02:30 CET (01:30 UTC) → 29 Mar 01:00 UTC = 23.5 h; 29 Mar → 30 Mar 02:30 CEST (00:30 UTC) = 23.5 h
        BusinessDay halfPastTwo = new BusinessDay(LocalTime.of(2, 30), BERLIN);
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), halfPastTwo.startOf(LocalDate.of(2026, 3, 29)));
        assertEquals(Duration.ofMinutes(23 * 60 + 30), halfPastTwo.of(LocalDate.of(2026, 3, 28)).length());
        assertEquals(Duration.ofMinutes(23 * 60 + 30), halfPastTwo.of(LocalDate.of(2026, 3, 29)).length());
    }

    @Test
    void aDayStartInsideTheOverlapBeginsAtItsFirstOccurrence() {
        // 25 Oct 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET): the day begins at 00:30 UTC
        BusinessDay halfPastTwo = new BusinessDay(LocalTime.of(2, 30), BERLIN);
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), halfPastTwo.startOf(LocalDate.of(2026, 10, 25)));
        assertEquals(LocalDate.of(2026, 10, 25), halfPastTwo.dateOf(Instant.parse("2026-10-25T01:45:00Z")));
        assertEquals(LocalDate.of(2026, 10, 24), halfPastTwo.dateOf(Instant.parse("2026-10-25T00:15:00Z")));
        // 24 Oct 02:30 CEST (00:30 UTC) → 25 Oct 00:30 UTC = 24 h; 25 Oct → 26 Oct 02:30 CET (01:30 UTC) = 25 h
        assertEquals(Duration.ofHours(24), halfPastTwo.of(LocalDate.of(2026, 10, 24)).length());
        assertEquals(Duration.ofHours(25), halfPastTwo.of(LocalDate.of(2026, 10, 25)).length());
    }

    @Test
    void midnightInNewYorkAcrossTheUsChange() {
        // 8 March 2026 00:00 EST (05:00 UTC) → 9 March 00:00 EDT (04:00 UTC) = 23 h
        BusinessDay midnight = new BusinessDay(LocalTime.MIDNIGHT, ZoneId.of("America/New_York"));
        assertEquals(new TimeWindow(Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z")),
                midnight.of(LocalDate.of(2026, 3, 8)));
    }

    @Test
    void slidingWindowIncludesNowAndExcludesItsStart() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        TimeWindow lastHour = TimeWindow.sliding(now, Duration.ofHours(1));
        assertEquals(Duration.ofHours(1), lastHour.length());
        assertTrue(lastHour.contains(now));
        assertTrue(lastHour.contains(Instant.parse("2026-11-27T11:00:00.000000001Z")));
        assertFalse(lastHour.contains(Instant.parse("2026-11-27T11:00:00Z")));
        assertFalse(lastHour.contains(now.plusNanos(1)));
    }
}
