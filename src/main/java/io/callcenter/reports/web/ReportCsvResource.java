package io.callcenter.reports.web;

import io.callcenter.reports.export.Csv;
import io.callcenter.reports.export.CsvColumn;
import io.callcenter.reports.export.CsvStream;
import io.callcenter.reports.web.dto.AbandonReportJson;
import io.callcenter.reports.web.dto.AgentReportJson;
import io.callcenter.reports.web.dto.CallJson;
import io.callcenter.reports.web.dto.QueueIntervalJson;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
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
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every report as a CSV download, same parameters and access as the JSON. The call search exports every matching
 * call (no paging), streamed from a database cursor; the other reports export their rows, then one total per queue
 * or agent. Parameters and access are checked before the first byte, so refusals are still problem JSON. The route
 * names its format, so it answers CSV whatever the {@code Accept} header asks (a download link, a script sending
 * {@code Accept: application/json}): no 406 for a URL that can only mean CSV.
 */
@Path("/api/reports/{type}/csv")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ReportCsvResource {

    static final String TEXT_CSV = "text/csv; charset=utf-8";

    @Inject
    ReportRequestReader reader;

    @Inject
    ReportAccess access;

    @Inject
    ReportRunner runner;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("type") String typeName) {
        ReportType type = ReportType.find(typeName).orElseThrow(() -> ProblemException.notFound("unknown-report",
                "No report '" + typeName + "'; one of queue-interval, agent-performance, abandons, calls"));
        ReportRequest r = reader.read(type, uri.getQueryParameters());
        ReportScope scope = access.scope(r);
        return Response.ok(stream(r, scope), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + Csv.fileName(type.slug(), r.period().label())
                        + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private CsvStream<?> stream(ReportRequest r, ReportScope scope) {
        return switch (r.type()) {
            case QUEUE_INTERVAL -> {
                QueueIntervalJson q = runner.queueInterval(r, scope);
                yield listed(ReportCsv.queueInterval(q.edgesSeconds()), q.rows(), q.totals());
            }
            case AGENT_PERFORMANCE -> {
                AgentReportJson a = runner.agents(r, scope);
                yield listed(ReportCsv.agents(a.pauseReasons()), a.rows(), a.totals());
            }
            case ABANDONS -> {
                AbandonReportJson a = runner.abandons(r, scope);
                yield listed(ReportCsv.abandons(a.edgesSeconds(), a.positionLabels()), a.rows(), a.totals());
            }
            case CALLS -> {
                ZoneId zone = r.period().zone();
                yield new CsvStream<CallJson>(ReportCsv.CALLS,
                        sink -> runner.eachCall(r, scope, call -> sink.accept(CallJson.of(call, zone))));
            }
        };
    }

    /** The rows, then the totals. */
    private static <T> CsvStream<T> listed(List<CsvColumn<T>> columns, List<T> rows, List<T> totals) {
        return new CsvStream<>(columns, sink -> Stream.concat(rows.stream(), totals.stream()).forEach(sink));
    }
}
