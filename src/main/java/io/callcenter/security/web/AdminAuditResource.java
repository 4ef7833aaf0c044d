package io.callcenter.security.web;

import io.callcenter.security.audit.AuditFilter;
import io.callcenter.security.audit.AuditPage;
import io.callcenter.security.audit.AuditQuery;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Admin JSON API to browse the audit log, newest first. */
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminAuditResource {

    @Inject
    AuditQuery query;

    @GET
    public AuditPage search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("target") String target, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return query.search(new AuditFilter(actor, action, target, instant("from", from), instant("to", to)),
                page, size);
    }

    /** Parses an ISO-8601 instant such as 2026-01-31T08:00:00Z; blank means no bound. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-instant", "Invalid time",
                    "'" + name + "' must be an ISO-8601 instant like 2026-01-31T08:00:00Z");
        }
    }
}
