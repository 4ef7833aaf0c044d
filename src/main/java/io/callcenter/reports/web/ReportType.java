package io.callcenter.reports.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The reports the web side serves; the slug is the one used in URLs, saved definitions and CSV file names. */
public enum ReportType {
    QUEUE_INTERVAL("queue-interval", "Queue interval report"),
    AGENT_PERFORMANCE("agent-performance", "Agent performance"),
    ABANDONS("abandons", "Abandon analysis"),
    CALLS("calls", "Call search");

    private final String slug;
    private final String title;

    ReportType(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The type of this slug (or enum name), if any. */
    public static Optional<ReportType> find(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(t -> t.slug.equalsIgnoreCase(name.trim()) || t.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** For JSON bodies: unknown names become null, which the service reports as a field error. */
    @JsonCreator
    static ReportType fromJson(String name) {
        return find(name).orElse(null);
    }
}
