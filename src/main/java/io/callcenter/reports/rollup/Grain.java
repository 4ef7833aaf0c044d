package io.callcenter.reports.rollup;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.ReportInterval;
import java.time.Instant;

/** The time grain of a rollup table: its name suffix and time column. */
enum Grain {
    /** Quarter hours of the epoch ({@code report_*_quarter.quarter}). */
    QUARTER("quarter"),
    /** Hours of the epoch, i.e. UTC hours ({@code report_*_hour.hour}): four quarters each. */
    HOUR("hour"),
    /** Business days in the centre's zone ({@code report_*_day.day}). */
    DAY("day");

    static final long HOUR_MS = 3_600_000L;

    private final String column;

    Grain(String column) {
        this.column = column;
    }

    /** The time column, also the table's suffix. */
    String column() {
        return column;
    }

    /** The table of this grain for a prefix such as {@code report_queue}. */
    String table(String prefix) {
        return prefix + "_" + column;
    }

    /** The start of the quarter or hour containing {@code at} (not for DAY). */
    static Instant quarterOf(Instant at, BusinessDay day) {
        return ReportInterval.QUARTER_HOUR.containing(at, day).start();
    }

    static Instant hourOf(Instant at) {
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), HOUR_MS) * HOUR_MS);
    }
}
