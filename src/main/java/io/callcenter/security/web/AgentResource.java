package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.UserService;
import io.callcenter.security.user.UserView;
import io.callcenter.security.problem.StrictJson;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An agent's profile, readable and changeable by the agent itself, its queues' supervisors and admins:
 * the pattern every per-agent resource follows (check {@link CurrentUser#access()} before acting).
 */
@Path("/api/agents/{username}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class AgentResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @GET
    public UserView profile(@PathParam("username") String username) {
        return requireAccess(username);
    }

    @PUT
    @Path("/display-name")
    public UserView displayName(@PathParam("username") String username,
            @Valid @NotNull Requests.DisplayNameChange body) {
        requireAccess(username);
        return users.setDisplayName(username, body.displayName());
    }

    // same 403 whether the agent exists or not, so agents cannot probe for usernames
    private UserView requireAccess(String username) {
        UserView target = currentUser.access().isAdmin() || currentUser.access().isSupervisor()
                || currentUser.username().equals(username) ? users.get(username) : null;
        if (target == null || !currentUser.access().canActOnAgent(target.username(), target.queues())) {
            throw ProblemException.forbidden("You may act only on your own agent profile");
        }
        return target;
    }
}
