package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.audit.RequestOrigin;
import io.callcenter.security.auth.LoginService;
import io.callcenter.security.auth.SessionCookies;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Logout: a confirmation page, and the POST that ends the session server-side and clears the cookie. */
@Path("/logout")
@Produces(MediaType.TEXT_HTML)
public class LogoutPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance logout(String csrf, String displayName);

        static native TemplateInstance loggedOut();
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginService logins;

    @Inject
    SessionCookies cookies;

    @Inject
    RequestOrigin origin;

    @Inject
    RoutingContext routing;

    @GET
    @Authenticated
    public TemplateInstance confirm() {
        return Templates.logout(currentUser.csrfToken(), currentUser.username());
    }

    /** Permitted to all: an already expired session still gets its cookie cleared (the CSRF check still applies). */
    @POST
    @PermitAll
    public Response logout() {
        Cookie cookie = routing.request().getCookie(cookies.sessionCookieName());
        if (cookie != null && !cookie.getValue().isBlank()) {
            logins.logout(cookie.getValue(), origin.address());
        }
        return Response.ok(Templates.loggedOut()).cookie(cookies.expiredSession()).build();
    }
}
