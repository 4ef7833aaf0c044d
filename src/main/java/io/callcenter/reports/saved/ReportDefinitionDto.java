package io.callcenter.reports.saved;

import io.callcenter.reports.web.ReportType;
import java.time.Instant;
import java.util.Map;

/**
 * A saved report definition as the API shows it; in a request body only name, type and parameters count.
 *
 * @param id assigned by the server
 * @param name unique per owner (case-insensitive), 1-100 characters
 * @param type which report
 * @param parameters the report's query parameters, e.g. {@code {"range":"last-7-days","queue":"sales"}}
 * @param createdAt when it was saved first
 * @param updatedAt when it was last changed
 */
public record ReportDefinitionDto(Long id, String name, ReportType type, Map<String, String> parameters,
        Instant createdAt, Instant updatedAt) {
}
