package io.callcenter.acd.config;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weekly schedule plus holidays, in the contact centre's time zone.
 *
 * @param zone the zone the schedule is written in
 * @param week for each day, the open intervals [from, to) (a day absent = closed all day)
 * @param holidays dates closed all day
 */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<Interval>> week, Set<LocalDate> holidays) {

    /** One open interval of a day, {@code from} inclusive, {@code to} exclusive ({@code to} 00:00 = end of day). */
    public record Interval(LocalTime from, LocalTime to) {

        /** Whether this local wall-clock time lies in the interval. */
        public boolean contains(LocalTime time) {
            return !time.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
        }
    }

    /**
     * Whether the queue is open at this instant. The schedule is wall-clock time in {@link #zone}, so an interval
     * 09:00-17:00 stays 09:00-17:00 local across DST changes; local times skipped by a spring-forward gap never
     * occur, and on a fall-back day the repeated hour is open when its wall-clock time is. Holidays close the whole
     * local date.
     */
    public boolean isOpen(Instant at) {
        java.time.LocalDateTime local = at.atZone(zone).toLocalDateTime();
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream().anyMatch(i -> i.contains(time));
    }
}
