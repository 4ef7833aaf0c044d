package io.callcenter.security.web;

import io.callcenter.security.audit.RequestOrigin;
import io.callcenter.security.auth.CsrfFilter;
import io.callcenter.security.auth.LoginOutcome;
import io.callcenter.security.auth.LoginService;
import io.callcenter.security.auth.SessionCookies;
import io.callcenter.security.auth.Tokens;
import io.callcenter.security.user.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The login form (public). Failures show one message whatever the cause, so usernames cannot be probed. */
@Path("/login")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LoginPage {

    /** The agent desktop (frontend/agent.html, served by Quinoa under /app/). */
    public static final String AGENT_DESK = "/app/agent.html";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String csrf, String error);
    }

    @Inject
    LoginService logins;

    @Inject
    SessionCookies cookies;

    @Inject
    RequestOrigin origin;

    @GET
    public Response form(@CookieParam(SessionCookies.LOGIN_CSRF) String existing) {
        String csrf = existing == null || existing.isBlank() ? Tokens.random() : existing;
        return Response.ok(Templates.login(csrf, null)).cookie(cookies.loginCsrf(csrf))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam(CsrfFilter.FORM_FIELD) String csrf) {
        LoginOutcome outcome = logins.login(username, password, origin.address());
        return switch (outcome.result()) {
            case SUCCESS -> Response.seeOther(URI.create(landing(outcome)))
                    .cookie(cookies.session(outcome.sessionToken())).build();
            case LOCKED -> Response.status(429)
                    .entity(Templates.login(csrf, "Too many failed attempts. Try again later.")).build();
            case FAILED -> Response.status(401).entity(Templates.login(csrf, "Wrong username or password.")).build();
        };
    }

    /** Where a login lands: a forced password change first; agents on their desktop; everyone else at home. */
    static String landing(LoginOutcome outcome) {
        if (outcome.mustChangePassword()) {
            return "/account/password";
        }
        boolean agentOnly = outcome.roles().contains(Role.AGENT_NAME) && !outcome.roles().contains(Role.ADMIN_NAME)
                && !outcome.roles().contains(Role.SUPERVISOR_NAME);
        return agentOnly ? AGENT_DESK : "/";
    }
}
