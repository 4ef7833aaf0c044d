package io.callcenter.security.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a session token into an identity. A user who must change the password gets no role at all,
 * so every {@code @RolesAllowed} endpoint refuses it until the change is done.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    /** Identity attribute: the {@link SessionPrincipal}. */
    public static final String SESSION = "callcenter.session";

    @Inject
    SessionService sessions;

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request.token()));
    }

    SecurityIdentity identity(String token) {
        SessionPrincipal session = sessions.resolve(token).orElseThrow(AuthenticationFailedException::new);
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.username()))
                .addAttribute(SESSION, session);
        if (!session.mustChangePassword()) {
            builder.addRoles(session.roles());
        }
        return builder.build();
    }
}
