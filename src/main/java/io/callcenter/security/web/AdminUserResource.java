package io.callcenter.security.web;

import io.callcenter.security.user.NewUser;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.PasswordService;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Admin JSON API for users: create, roles, endpoint, queues, password reset, enable/disable. */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminUserResource {

    @Inject
    UserService users;

    @Inject
    PasswordService passwords;

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @POST
    public Response create(@Valid @NotNull NewUser body) {
        UserView created = users.create(body);
        return Response.created(URI.create("/api/admin/users/" + created.username())).entity(created).build();
    }

    @GET
    @Path("/{username}")
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @PUT
    @Path("/{username}/roles")
    public UserView roles(@PathParam("username") String username, @Valid @NotNull Requests.RolesChange body) {
        return users.setRoles(username, body.roles());
    }

    @PUT
    @Path("/{username}/endpoint")
    public UserView endpoint(@PathParam("username") String username, @NotNull Requests.EndpointChange body) {
        return users.setEndpoint(username, body.endpoint());
    }

    @PUT
    @Path("/{username}/queues")
    public UserView queues(@PathParam("username") String username, @Valid @NotNull Requests.QueuesChange body) {
        return users.setQueues(username, body.queues());
    }

    @PUT
    @Path("/{username}/enabled")
    public UserView enabled(@PathParam("username") String username, @Valid @NotNull Requests.EnabledChange body) {
        return users.setEnabled(username, body.enabled());
    }

    /** Returns the new password once when it was generated; the user must change it at next login. */
    @POST
    @Path("/{username}/password-reset")
    public Map<String, String> resetPassword(@PathParam("username") String username,
            @NotNull Requests.PasswordReset body) {
        String password = passwords.resetPassword(username, body.password());
        boolean generated = body.password() == null || body.password().isBlank();
        return generated ? Map.of("password", password) : Map.of("status", "reset");
    }
}
