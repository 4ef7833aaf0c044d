package io.callcenter.acd.admin;

import java.util.List;
import java.util.Map;

/**
 * Named business hours as the admin API reads and writes them.
 *
 * @param name unique name queues refer to
 * @param zone IANA time zone the times are written in, e.g. {@code Europe/Berlin}
 * @param week day name ({@code MONDAY} ...) → open intervals; a missing day is closed
 * @param holidays ISO dates ({@code 2026-12-25}) closed all day
 */
public record ScheduleDto(String name, String zone, Map<String, List<IntervalDto>> week, List<String> holidays) {

    /** One open interval, {@code HH:mm}; {@code to} "00:00" (or "24:00") means until midnight. */
    public record IntervalDto(String from, String to) {
    }
}
