package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.NewUser;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.PasswordService;
import io.callcenter.security.user.UserService;
import io.callcenter.security.user.UserView;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Admin screens for users; the same {@link UserService} as the JSON API, refusals shown on the page. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminUsersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users, String csrf, String error);

        static native TemplateInstance user(UserView user, String csrf, String message, String error);
    }

    @Inject
    UserService users;

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser currentUser;

    @GET
    public TemplateInstance list() {
        return Templates.users(users.list(), currentUser.csrfToken(), null);
    }

    @POST
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("roles") List<String> roles,
            @FormParam("endpoint") String endpoint, @FormParam("queues") String queues) {
        try {
            UserView created = users.create(new NewUser(username, displayName, password, Set.copyOf(roles),
                    endpoint, split(queues)));
            return Response.ok(Templates.user(created, currentUser.csrfToken(), "User created.", null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status())
                    .entity(Templates.users(users.list(), currentUser.csrfToken(), refused.problem().detail())).build();
        }
    }

    @GET
    @Path("/{username}")
    public TemplateInstance edit(@PathParam("username") String username) {
        return Templates.user(users.get(username), currentUser.csrfToken(), null, null);
    }

    @POST
    @Path("/{username}/roles")
    public Response roles(@PathParam("username") String username, @FormParam("roles") List<String> roles) {
        return change(username, "Roles saved.", () -> users.setRoles(username, roles));
    }

    @POST
    @Path("/{username}/endpoint")
    public Response endpoint(@PathParam("username") String username, @FormParam("endpoint") String endpoint) {
        return change(username, "Endpoint saved.", () -> users.setEndpoint(username, endpoint));
    }

    @POST
    @Path("/{username}/queues")
    public Response queues(@PathParam("username") String username, @FormParam("queues") String queues) {
        return change(username, "Queues saved.", () -> users.setQueues(username, split(queues)));
    }

    @POST
    @Path("/{username}/enabled")
    public Response enabled(@PathParam("username") String username, @FormParam("enabled") boolean enabled) {
        return change(username, enabled ? "User enabled." : "User disabled.", () -> users.setEnabled(username, enabled));
    }

    @POST
    @Path("/{username}/password")
    public Response password(@PathParam("username") String username, @FormParam("password") String password) {
        String[] chosen = new String[1];
        Response response = change(username, null, () -> {
            chosen[0] = passwords.resetPassword(username, password);
            return users.get(username);
        });
        if (response.getStatus() != 200) {
            return response;
        }
        String message = password == null || password.isBlank()
                ? "Password reset. One-time password (shown once): " + chosen[0]
                : "Password reset; the user must change it at next login.";
        return Response.ok(Templates.user(users.get(username), currentUser.csrfToken(), message, null)).build();
    }

    private Response change(String username, String message, Supplier<UserView> action) {
        try {
            return Response.ok(Templates.user(action.get(), currentUser.csrfToken(), message, null)).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status()).entity(
                    Templates.user(users.get(username), currentUser.csrfToken(), null, refused.problem().detail()))
                    .build();
        }
    }

    private static Set<String> split(String commaSeparated) {
        return commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
