package io.callcenter.acd.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Business hours are wall-clock times in their zone: DST changes, holidays and midnight ends. */
class BusinessHoursTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static BusinessHours.Interval interval(String from, String to) {
        return new BusinessHours.Interval(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static BusinessHours everyDay(ZoneId zone, Set<LocalDate> holidays, BusinessHours.Interval... intervals) {
        Map<DayOfWeek, List<BusinessHours.Interval>> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(intervals));
        }
        return new BusinessHours(zone, week, holidays);
    }

    @Test
    void openInsideAnIntervalClosedOutsideFromInclusiveToExclusive() {
        BusinessHours hours = new BusinessHours(BERLIN, Map.of(DayOfWeek.MONDAY,
                List.of(interval("09:00", "12:00"), interval("13:00", "17:00"))), Set.of());
        // Monday 2026-01-05, CET = UTC+1
        assertTrue(hours.isOpen(Instant.parse("2026-01-05T08:00:00Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-01-05T07:59:59Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-01-05T11:00:00Z")), "the lunch gap is closed");
        assertTrue(hours.isOpen(Instant.parse("2026-01-05T15:59:59Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-01-05T16:00:00Z")), "'to' is exclusive");
        assertFalse(hours.isOpen(Instant.parse("2026-01-06T10:00:00Z")), "Tuesday is not in the schedule");
    }

    @Test
    void springForwardKeepsWallClockTimes() {
        BusinessHours hours = everyDay(BERLIN, Set.of(), interval("09:00", "17:00"));
        // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST; 09:00 local is 07:00 UTC from that day on
        assertTrue(hours.isOpen(Instant.parse("2026-03-29T07:00:00Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-03-29T06:59:59Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-03-29T15:00:00Z")), "17:00 CEST");
        assertFalse(hours.isOpen(Instant.parse("2026-03-28T07:30:00Z")), "the day before it is still 08:30 CET");
    }

    @Test
    void anIntervalInsideTheSkippedHourNeverOpens() {
        BusinessHours hours = everyDay(BERLIN, Set.of(), interval("02:00", "03:00"));
        assertFalse(hours.isOpen(Instant.parse("2026-03-29T01:00:00Z")), "01:00 UTC is already 03:00 CEST");
        assertFalse(hours.isOpen(Instant.parse("2026-03-29T00:59:59Z")), "01:59:59 CET");
        assertTrue(hours.isOpen(Instant.parse("2026-03-28T01:30:00Z")), "a normal night: 02:30 CET");
    }

    @Test
    void fallBackOpensBothOccurrencesOfTheRepeatedHour() {
        BusinessHours hours = everyDay(BERLIN, Set.of(), interval("02:00", "03:00"));
        // 2026-10-25: 03:00 CEST goes back to 02:00 CET, so 02:00-03:00 local lasts two real hours
        assertTrue(hours.isOpen(Instant.parse("2026-10-25T00:00:00Z")), "02:00 CEST");
        assertTrue(hours.isOpen(Instant.parse("2026-10-25T01:30:00Z")), "02:30 CET");
        assertFalse(hours.isOpen(Instant.parse("2026-10-25T02:00:00Z")), "03:00 CET");
        BusinessHours day = everyDay(BERLIN, Set.of(), interval("09:00", "17:00"));
        assertTrue(day.isOpen(Instant.parse("2026-10-25T08:00:00Z")), "09:00 CET after the change");
        assertFalse(day.isOpen(Instant.parse("2026-10-25T07:30:00Z")));
    }

    @Test
    void intervalEndingAtMidnightCoversTheLastSecondOfTheDay() {
        BusinessHours hours = new BusinessHours(ZoneId.of("UTC"), Map.of(DayOfWeek.FRIDAY,
                List.of(interval("18:00", "00:00"))), Set.of());
        // Friday 2026-01-09
        assertTrue(hours.isOpen(Instant.parse("2026-01-09T23:59:59.999Z")));
        assertTrue(hours.isOpen(Instant.parse("2026-01-09T18:00:00Z")));
        assertFalse(hours.isOpen(Instant.parse("2026-01-10T00:00:00Z")), "Saturday midnight is closed");
        BusinessHours allDay = new BusinessHours(ZoneId.of("UTC"), Map.of(DayOfWeek.FRIDAY,
                List.of(interval("00:00", "00:00"))), Set.of());
        assertTrue(allDay.isOpen(Instant.parse("2026-01-09T00:00:00Z")));
        assertTrue(allDay.isOpen(Instant.parse("2026-01-09T12:00:00Z")));
        assertFalse(allDay.isOpen(Instant.parse("2026-01-08T23:59:59Z")));
    }

    @Test
    void holidaysCloseTheWholeLocalDate() {
        BusinessHours hours = everyDay(ZoneId.of("America/New_York"), Set.of(LocalDate.parse("2026-12-25")),
                interval("00:00", "00:00"));
        assertFalse(hours.isOpen(Instant.parse("2026-12-25T05:00:00Z")), "00:00 EST on the holiday");
        assertFalse(hours.isOpen(Instant.parse("2026-12-26T04:59:59Z")), "23:59:59 EST, still the holiday");
        assertTrue(hours.isOpen(Instant.parse("2026-12-25T04:59:59Z")), "still Christmas Eve in New York");
        assertTrue(hours.isOpen(Instant.parse("2026-12-26T05:00:00Z")));
    }
}
