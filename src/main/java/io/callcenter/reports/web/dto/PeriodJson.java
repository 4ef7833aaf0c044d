package io.callcenter.reports.web.dto;

import io.callcenter.reports.web.Period;

/**
 * The period a report covers.
 *
 * @param from first instant, in the centre's zone
 * @param to first instant after, in the centre's zone
 * @param zone the centre's zone id
 * @param label what was asked, e.g. {@code 2026-11-01..2026-11-27}
 */
public record PeriodJson(String from, String to, String zone, String label) {

    public static PeriodJson of(Period p) {
        return new PeriodJson(Times.local(p.window().start(), p.zone()), Times.local(p.window().end(), p.zone()),
                p.zone().getId(), p.label());
    }
}
