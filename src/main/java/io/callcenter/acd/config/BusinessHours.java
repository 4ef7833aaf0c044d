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
    }

    /** Whether the queue is open at this instant (implemented by the config owner, tested with DST cases). */
    public boolean isOpen(Instant at) {
        throw new UnsupportedOperationException("implemented by the acd-config work");
    }
}
