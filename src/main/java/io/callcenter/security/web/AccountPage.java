package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.PasswordService;
import io.callcenter.security.user.UserService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Change your own password (also where a forced change lands). */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String csrf, String username, String message, String error);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @Inject
    PasswordService passwords;

    @GET
    public TemplateInstance form() {
        return Templates.password(currentUser.csrfToken(), currentUser.username(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@FormParam("currentPassword") String current, @FormParam("newPassword") String next) {
        try {
            passwords.changeOwnPassword(currentUser.username(), current, next, currentUser.sessionId());
            return Response.ok(Templates.password(currentUser.csrfToken(), currentUser.username(),
                    "Password changed.", null)).build();
        } catch (ProblemException refused) {
            // shown on the form instead of as JSON: this is a page
            return Response.status(refused.problem().status()).entity(Templates.password(currentUser.csrfToken(),
                    currentUser.username(), null, refused.problem().detail())).build();
        }
    }
}
