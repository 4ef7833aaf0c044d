package io.callcenter.security.access;

import io.callcenter.security.auth.SessionIdentityProvider;
import io.callcenter.security.auth.SessionPrincipal;
import io.callcenter.security.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/** The logged-in user of this request and its access rights; inject it into resources and services. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    AccessPolicies policies;

    private AccessPolicy policy;

    public String username() {
        return identity.getPrincipal().getName();
    }

    /** The session id, or null for identities not made from a session (e.g. @TestSecurity). */
    public Long sessionId() {
        SessionPrincipal session = identity.getAttribute(SessionIdentityProvider.SESSION);
        return session == null ? null : session.sessionId();
    }

    /** The session's CSRF token, for forms rendered to this user; null outside a session. */
    public String csrfToken() {
        SessionPrincipal session = identity.getAttribute(SessionIdentityProvider.SESSION);
        return session == null ? null : session.csrfToken();
    }

    /** This user's rights (built once per request). */
    public AccessPolicy access() {
        if (policy == null) {
            policy = policies.of(identity);
        }
        return policy;
    }

    /** Throws a 403 problem unless this user may act on the call. */
    public void requireCall(String queue, Collection<String> endpoints) {
        if (!access().canActOnCall(queue, endpoints)) {
            throw ProblemException.forbidden("This call is not yours, nor in a queue you supervise");
        }
    }

    /** Throws a 403 problem unless this user supervises the queue (or is admin). */
    public void requireQueue(String queue) {
        if (!access().canSuperviseQueue(queue)) {
            throw ProblemException.forbidden("You do not supervise queue '" + queue + "'");
        }
    }
}
