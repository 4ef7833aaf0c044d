package io.callcenter.acd.agent.web;

import io.callcenter.acd.agent.AgentView;
import io.callcenter.security.problem.StrictJson;
import io.callcenter.security.user.Role;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An agent's ACD state: the agent itself, supervisors of its queues and admins may read and change it
 * (login to all or some queues, logout, ready, pause with a reason, next status, end wrap-up).
 */
@Path("/api/acd/agents/{username}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AgentStateResource {

    @Inject
    AgentStateService service;

    @GET
    public AgentView state(@PathParam("username") String username) {
        return service.state(username);
    }

    @POST
    @Path("/login")
    public AgentView login(@PathParam("username") String username, AgentRequests.Login body) {
        return service.login(username, body == null ? null : body.queues());
    }

    @POST
    @Path("/logout")
    public AgentView logout(@PathParam("username") String username) {
        return service.logout(username);
    }

    @POST
    @Path("/ready")
    public AgentView ready(@PathParam("username") String username) {
        return service.ready(username);
    }

    @POST
    @Path("/pause")
    public AgentView pause(@PathParam("username") String username, @Valid @NotNull AgentRequests.Pause body) {
        return service.pause(username, body.reason());
    }

    @PUT
    @Path("/next-status")
    public AgentView nextStatus(@PathParam("username") String username,
            @Valid @NotNull AgentRequests.NextStatus body) {
        return service.nextStatus(username, body.state(), body.reason());
    }

    @POST
    @Path("/end-wrap-up")
    public AgentView endWrapUp(@PathParam("username") String username) {
        return service.endWrapUp(username);
    }
}
