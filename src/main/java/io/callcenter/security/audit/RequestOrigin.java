package io.callcenter.security.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who is acting and from which address, for the request being served (or "system" outside one). */
@ApplicationScoped
public class RequestOrigin {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    CurrentVertxRequest currentRequest;

    /** The acting username, {@value #ANONYMOUS} before login, {@value #SYSTEM} outside a request. */
    public String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    /** The client address of the current HTTP request, or null outside one. */
    public String address() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext rc = currentRequest.getCurrent();
        return rc == null ? null : ClientAddress.of(rc);
    }
}
