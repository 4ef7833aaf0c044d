package io.callcenter.reports.web;

import io.callcenter.centre.CentreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query parameters → a checked {@link ReportRequest} in the centre's zone; a repeated parameter is a list. */
@ApplicationScoped
public class ReportRequestReader {

    @Inject
    CentreConfig centre;

    @Inject
    ReportsWebConfig limits;

    public ReportRequest read(ReportType type, MultivaluedMap<String, String> query) {
        Map<String, String> params = new LinkedHashMap<>();
        query.forEach((name, values) -> params.put(name, String.join(",", values)));
        return read(type, params);
    }

    public ReportRequest read(ReportType type, Map<String, String> params) {
        return ReportRequests.parse(type, params, centre.businessDay(), Instant.now(), limits);
    }

    /** The centre's zone, day start and today's business day. */
    public CentreConfig centre() {
        return centre;
    }

    public ReportsWebConfig limits() {
        return limits;
    }
}
