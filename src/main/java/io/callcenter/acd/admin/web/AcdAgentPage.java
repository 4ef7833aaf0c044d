package io.callcenter.acd.admin.web;

import io.callcenter.acd.admin.AgentDto;
import io.callcenter.acd.admin.AgentService;
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
import java.util.function.Supplier;

/** One agent's queue memberships ("queue:penalty, ..." in order) and skills ("skill:level, ..."). */
@Path("/admin/acd/agents/{username}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.ADMIN_NAME)
public class AcdAgentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agent(AgentDto a, String memberships, String skills, String csrf,
                String message, String error);
    }

    @Inject
    AgentService agents;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance edit(@PathParam("username") String username) {
        return page(agents.get(username), null, null);
    }

    @POST
    @Path("/memberships")
    public Response memberships(@PathParam("username") String username, @FormParam("memberships") String text) {
        List<AgentDto.MembershipDto> memberships = FormText.pairs(text).entrySet().stream()
                .map(e -> new AgentDto.MembershipDto(e.getKey(), e.getValue())).toList();
        return act(username, "Memberships saved.", () -> agents.setMemberships(username, memberships));
    }

    @POST
    @Path("/skills")
    public Response skills(@PathParam("username") String username, @FormParam("skills") String text) {
        return act(username, "Skills saved.", () -> agents.setSkills(username, FormText.pairs(text)));
    }

    private Response act(String username, String message, Supplier<AgentDto> action) {
        try {
            return Response.ok(page(action.get(), message, null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status())
                    .entity(page(agents.get(username), null, refused.problem().detail())).build();
        }
    }

    private TemplateInstance page(AgentDto a, String message, String error) {
        String memberships = String.join(", ", a.memberships().stream().map(m -> m.queue() + ":" + m.penalty()).toList());
        return Templates.agent(a, memberships, FormText.join(a.skills()), currentUser.csrfToken(), message, error);
    }
}
