package io.callcenter.acd.admin.web;

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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Edits one queue (every field, business hours included) or deletes it; refusals are shown in words. */
@Path("/admin/acd/queues/{name}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.ADMIN_NAME)
public class AcdQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueDto q, String dids, String didPriority, String skills,
                List<ScheduleDto> hours, String csrf, String message, String error);
    }

    @Inject
    QueueService queues;

    @Inject
    ScheduleService hours;

    @Inject
    AcdAdminPage overview;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance edit(@PathParam("name") String name) {
        return page(queues.get(name), null, null);
    }

    @POST
    public Response save(@PathParam("name") String name, @BeanParam QueueForm form) {
        try {
            return Response.ok(page(queues.replace(name, form.toDto(name)), "Queue saved.", null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status())
                    .entity(page(queues.get(name), null, refused.problem().detail())).build();
        }
    }

    @POST
    @Path("/delete")
    public Response delete(@PathParam("name") String name) {
        try {
            queues.delete(name);
            return Response.ok(overview.page("Queue " + name + " deleted.", null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status())
                    .entity(page(queues.get(name), null, refused.problem().detail())).build();
        }
    }

    private TemplateInstance page(QueueDto q, String message, String error) {
        return Templates.queue(q, FormText.join(q.dids()), FormText.join(q.didPriority()),
                FormText.join(q.requiredSkills()), hours.list(), currentUser.csrfToken(), message, error);
    }
}
