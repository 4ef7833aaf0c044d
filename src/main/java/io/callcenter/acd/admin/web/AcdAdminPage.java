package io.callcenter.acd.admin.web;

import io.callcenter.acd.admin.AgentDto;
import io.callcenter.acd.admin.AgentService;
import io.callcenter.acd.admin.PauseReasonDto;
import io.callcenter.acd.admin.PauseReasonService;
import io.callcenter.acd.admin.QueueDto;
import io.callcenter.acd.admin.QueueService;
import io.callcenter.acd.admin.ScheduleDto;
import io.callcenter.acd.admin.ScheduleService;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** ACD overview for admins: queues, business hours, agents, pause reasons; creates queues, edits pause reasons. */
@Path("/admin/acd")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.ADMIN_NAME)
public class AcdAdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<QueueDto> queues, List<ScheduleDto> hours, List<AgentDto> agents,
                List<PauseReasonDto> reasons, String csrf, String message, String error);
    }

    @Inject
    QueueService queues;

    @Inject
    ScheduleService hours;

    @Inject
    AgentService agents;

    @Inject
    PauseReasonService reasons;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance overview() {
        return page(null, null);
    }

    /** The overview with a message or an error in words (used by the other ACD pages after a delete). */
    TemplateInstance page(String message, String error) {
        return Templates.overview(queues.list(q -> true), hours.list(), agents.list(a -> true), reasons.list(),
                currentUser.csrfToken(), message, error);
    }

    @POST
    @Path("/queues")
    public Response createQueue(@FormParam("name") String name, @FormParam("dids") String dids,
            @FormParam("strategy") String strategy) {
        return act("Queue " + name + " created.", () -> queues.create(new QueueDto(name, FormText.list(dids), Map.of(),
                strategy, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null)));
    }

    @POST
    @Path("/pause-reasons")
    public Response addReason(@FormParam("code") String code, @FormParam("label") String label) {
        return act("Pause reason " + code + " added.", () -> reasons.create(new PauseReasonDto(code, label, null)));
    }

    @POST
    @Path("/pause-reasons/{code}/delete")
    public Response deleteReason(@PathParam("code") String code) {
        return act("Pause reason " + code + " deleted.", () -> {
            reasons.delete(code);
            return null;
        });
    }

    private Response act(String message, java.util.function.Supplier<?> action) {
        try {
            action.get();
            return Response.ok(page(message, null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status()).entity(page(null, refused.problem().detail())).build();
        }
    }
}
