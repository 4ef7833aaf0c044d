package io.callcenter.acd.admin;

import io.callcenter.security.access.AccessPolicy;
import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Agents' ACD data. Admins: everything. Supervisors: read the agents of their queues, add / re-penalize / remove
 * single memberships of their queues. Endpoint, roles and enabling stay in {@code /api/admin/users}.
 */
@Path("/api/admin/acd/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminAgentResource {

    /** The full, ordered list of memberships. */
    public record MembershipsChange(@NotNull List<AgentDto.MembershipDto> memberships) {
    }

    /** An agent's skills, replaced as a whole. */
    public record SkillsChange(@NotNull Map<String, Integer> skills) {
    }

    /** The penalty of one membership (absent = 0). */
    public record PenaltyChange(Integer penalty) {
    }

    @Inject
    AgentService agents;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<AgentDto> list() {
        AccessPolicy access = currentUser.access();
        return agents.list(agent -> visible(access, agent));
    }

    @GET
    @Path("/{username}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public AgentDto get(@PathParam("username") String username) {
        AgentDto agent = agents.get(username);
        if (!visible(currentUser.access(), agent)) {
            throw ProblemException.forbidden("Agent '" + username + "' is in none of the queues you supervise");
        }
        return agent;
    }

    @PUT
    @Path("/{username}/memberships")
    public AgentDto memberships(@PathParam("username") String username, @Valid @NotNull MembershipsChange body) {
        return agents.setMemberships(username, body.memberships());
    }

    @PUT
    @Path("/{username}/memberships/{queue}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public AgentDto membership(@PathParam("username") String username, @PathParam("queue") String queue,
            @NotNull PenaltyChange body) {
        QueueService.require(queue);
        currentUser.requireQueue(queue);
        return agents.setMembership(username, queue, body.penalty());
    }

    @DELETE
    @Path("/{username}/memberships/{queue}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    public AgentDto removeMembership(@PathParam("username") String username, @PathParam("queue") String queue) {
        currentUser.requireQueue(queue);
        return agents.removeMembership(username, queue);
    }

    @PUT
    @Path("/{username}/skills")
    public AgentDto skills(@PathParam("username") String username, @Valid @NotNull SkillsChange body) {
        return agents.setSkills(username, body.skills());
    }

    private static boolean visible(AccessPolicy access, AgentDto agent) {
        return access.isAdmin() || agent.memberships().stream().anyMatch(m -> access.canSuperviseQueue(m.queue()));
    }
}
