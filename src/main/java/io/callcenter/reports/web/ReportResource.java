package io.callcenter.reports.web;

import io.callcenter.console.system.RecordingFiles;
import io.callcenter.reports.cdr.CallDetail;
import io.callcenter.reports.web.dto.AbandonReportJson;
import io.callcenter.reports.web.dto.AgentReportJson;
import io.callcenter.reports.web.dto.CallDetailJson;
import io.callcenter.reports.web.dto.CallPageJson;
import io.callcenter.reports.web.dto.OptionsJson;
import io.callcenter.reports.web.dto.QueueIntervalJson;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/** The reports as JSON for supervisors (their queues and agents) and admins; parameters as in {@link ReportRequests}. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class ReportResource {

    @Inject
    ReportRequestReader reader;

    @Inject
    ReportAccess access;

    @Inject
    ReportRunner runner;

    @Inject
    RecordingLinks recordings;

    @Inject
    RecordingFiles files;

    @Context
    UriInfo uri;

    @GET
    @Path("/options")
    public OptionsJson options() {
        var centre = reader.centre();
        return new OptionsJson(centre.zone().getId(), centre.dayStart().toString(),
                centre.businessDay().dateOf(Instant.now()).toString(), access.visibleQueues(), access.visibleAgents(),
                List.of(Range.values()).stream().map(Range::slug).toList(), reader.limits().pageSize(),
                reader.limits().maxPageSize());
    }

    @GET
    @Path("/queue-interval")
    public QueueIntervalJson queueInterval() {
        ReportRequest r = request(ReportType.QUEUE_INTERVAL);
        return runner.queueInterval(r, access.scope(r));
    }

    @GET
    @Path("/agent-performance")
    public AgentReportJson agentPerformance() {
        ReportRequest r = request(ReportType.AGENT_PERFORMANCE);
        return runner.agents(r, access.scope(r));
    }

    @GET
    @Path("/abandons")
    public AbandonReportJson abandons() {
        ReportRequest r = request(ReportType.ABANDONS);
        return runner.abandons(r, access.scope(r));
    }

    @GET
    @Path("/calls")
    public CallPageJson calls() {
        ReportRequest r = request(ReportType.CALLS);
        return runner.calls(r, access.scope(r));
    }

    @GET
    @Path("/calls/{asteriskId}/{callId}")
    public CallDetailJson call(@PathParam("asteriskId") String asteriskId, @PathParam("callId") String callId) {
        CallDetail detail = visibleCall(asteriskId, callId);
        return CallDetailJson.of(detail, reader.centre().zone(),
                recordings.of(asteriskId, callId, detail.record().recording().orElse(null)).orElse(null));
    }

    /**
     * The call's recording for its detail page's {@code <audio>} (or a download with {@code ?download=true}):
     * only for those who may see the call, unlike the console's by-name route.
     */
    @GET
    @Path("/calls/{asteriskId}/{callId}/recording")
    @Produces(MediaType.WILDCARD)
    public Response recording(@PathParam("asteriskId") String asteriskId, @PathParam("callId") String callId,
            @QueryParam("download") boolean download) {
        String name = visibleCall(asteriskId, callId).record().recording().orElseThrow(() -> ProblemException.notFound(
                "no-recording", "Call " + callId + " was not recorded"));
        String server = recordings.server(asteriskId).orElseThrow(() -> ProblemException.conflict(
                "asterisk-not-connected", "Asterisk not connected", "The recording " + name + " is on Asterisk "
                        + asteriskId + ", which is not connected now"));
        return files.serve(server, name, download);
    }

    /** The call, if it exists (404) and the user may see it (403). */
    private CallDetail visibleCall(String asteriskId, String callId) {
        CallDetail detail = runner.call(asteriskId, callId).orElseThrow(() -> ProblemException.notFound(
                "unknown-call", "No call " + callId + " on Asterisk " + asteriskId));
        access.requireCall(detail.record().queues());
        return detail;
    }

    private ReportRequest request(ReportType type) {
        return reader.read(type, uri.getQueryParameters());
    }
}
