package io.callcenter.reports.web;

import io.callcenter.metrics.TimeWindow;
import java.time.ZoneId;

/**
 * The period a report covers: UTC instants for the queries, the centre's zone and a label for people and file names.
 *
 * @param window {@code [start, end)} in UTC
 * @param zone the centre's zone the report is shown in
 * @param label e.g. {@code 2026-11-01..2026-11-27} (business days, inclusive) or local date-times
 */
public record Period(TimeWindow window, ZoneId zone, String label) {
}
