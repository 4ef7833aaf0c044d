package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.PasswordService;
import io.quarkus.security.Authenticated;
import io.callcenter.security.problem.StrictJson;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The logged-in user's own things: password, and an agent's endpoint. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PasswordService passwords;

    /** Allowed without any role, so that a forced change can be done. */
    @POST
    @Path("/password")
    @Authenticated
    public Map<String, String> changePassword(@Valid @NotNull Requests.PasswordChange body) {
        passwords.changeOwnPassword(currentUser.username(), body.currentPassword(), body.newPassword(),
                currentUser.sessionId());
        return Map.of("status", "changed");
    }

    @GET
    @Path("/endpoint")
    @RolesAllowed(Role.AGENT_NAME)
    public Map<String, String> endpoint() {
        String endpoint = currentUser.access().endpoint();
        return Map.of("username", currentUser.username(), "endpoint", endpoint == null ? "" : endpoint);
    }
}
