package io.callcenter.reports.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the report API and pages ({@code callcenter.report-web.*}). */
@ConfigMapping(prefix = "callcenter.report-web")
public interface ReportsWebConfig {

    /** Longest period one report may cover, in business days. */
    @WithDefault("400")
    int maxDays();

    /** Longest period of a quarter-hour interval report, in business days (96 rows per queue and day). */
    @WithDefault("62")
    int maxQuarterHourDays();

    /** Rows per call-search page when the request names none. */
    @WithDefault("50")
    int pageSize();

    /** Largest call-search page a request may ask for. */
    @WithDefault("500")
    int maxPageSize();
}
