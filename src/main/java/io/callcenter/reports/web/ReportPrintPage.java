package io.callcenter.reports.web;

import io.callcenter.reports.web.dto.AbandonReportJson;
import io.callcenter.reports.web.dto.AgentReportJson;
import io.callcenter.reports.web.dto.CallPageJson;
import io.callcenter.reports.web.dto.QueueIntervalJson;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Printable report pages (Qute, print stylesheet): the same request, access and figures as the JSON API, laid out for
 * paper. Refusals are shown on the page in words with their status.
 */
@Path("/reports/print/{type}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ReportPrintPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queueInterval(String title, QueueIntervalJson report, String generatedBy);

        static native TemplateInstance agents(String title, AgentReportJson report, List<String> reasons,
                String generatedBy);

        static native TemplateInstance abandons(String title, AbandonReportJson report, String generatedBy);

        static native TemplateInstance calls(String title, CallPageJson report, String generatedBy);

        static native TemplateInstance refused(String title, int status, String detail);
    }

    @Inject
    ReportRequestReader reader;

    @Inject
    ReportAccess access;

    @Inject
    ReportRunner runner;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uri;

    @GET
    public Response print(@PathParam("type") String typeName) {
        try {
            ReportType type = ReportType.find(typeName).orElseThrow(() -> ProblemException.notFound("unknown-report",
                    "No report '" + typeName + "'"));
            ReportRequest r = reader.read(type, uri.getQueryParameters());
            return Response.ok(page(r, access.scope(r))).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status())
                    .entity(Templates.refused("Report not available", refused.problem().status(),
                            refused.problem().detail())).build();
        }
    }

    private TemplateInstance page(ReportRequest r, ReportScope scope) {
        String title = r.type().title();
        String by = currentUser.username();
        return switch (r.type()) {
            case QUEUE_INTERVAL -> Templates.queueInterval(title, runner.queueInterval(r, scope), by);
            case AGENT_PERFORMANCE -> {
                AgentReportJson report = runner.agents(r, scope);
                yield Templates.agents(title, report, report.pauseReasons(), by);
            }
            case ABANDONS -> Templates.abandons(title, runner.abandons(r, scope), by);
            case CALLS -> Templates.calls(title, runner.calls(r, scope), by);
        };
    }
}
