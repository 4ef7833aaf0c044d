package io.callcenter.security.web;

import io.callcenter.security.access.CurrentUser;
import io.callcenter.security.auth.SessionIdentityProvider;
import io.callcenter.security.auth.SessionPrincipal;
import io.callcenter.security.user.UserService;
import io.callcenter.security.user.UserView;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The browser's bootstrap call: who am I, and which CSRF token to send. */
@Path("/api/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserService users;

    @GET
    @Authenticated
    public SessionInfo get() {
        UserView user = users.get(currentUser.username());
        SessionPrincipal session = identity.getAttribute(SessionIdentityProvider.SESSION);
        return new SessionInfo(user.username(), user.displayName(), user.roles(), user.endpoint(), user.queues(),
                user.mustChangePassword(), session == null ? null : session.csrfToken());
    }
}
