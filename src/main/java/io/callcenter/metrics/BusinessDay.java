package io.callcenter.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * The contact centre's business day: from the configured day-start time (e.g. 06:00 for a 24/7 centre, 00:00 for
 * midnight) in its zone to the same local time the next day, so a day is 23 h or 25 h long across a DST change.
 *
 * @param dayStart local time at which a business day begins
 * @param zone the contact centre's time zone
 */
public record BusinessDay(LocalTime dayStart, ZoneId zone) {

    /**
     * The instant business day {@code date} begins: {@code date} at dayStart in the zone. When that local time does
     * not exist (skipped by a DST gap) the day begins when the gap ends; when it exists twice (DST overlap) it begins
     * at the first occurrence.
     */
    public Instant startOf(LocalDate date) {
        var local = date.atTime(dayStart);
        ZoneOffsetTransition t = zone.getRules().getTransition(local);
        if (t != null && t.isGap()) {
            return t.getInstant();
        }
        return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }

    /** Business day {@code date} as a window [its start, the next day's start). */
    public TimeWindow of(LocalDate date) {
        return new TimeWindow(startOf(date), startOf(date.plusDays(1)));
    }

    /** The business day's date that {@code at} falls in (the previous calendar date before the day start). */
    public LocalDate dateOf(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return at.isBefore(startOf(date)) ? date.minusDays(1) : date;
    }

    /** The business day containing {@code at}: {@code [start, end)} with start {@code <= at}. */
    public TimeWindow containing(Instant at) {
        return of(dateOf(at));
    }
}
