package io.callcenter.security.auth;

import io.callcenter.security.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * CSRF check for every state-changing request (anything but GET/HEAD/OPTIONS) of every REST endpoint.
 * A logged-in request must echo its session's synchronizer token, in the {@value #HEADER} header (JSON
 * API) or the {@value #FORM_FIELD} form field (Qute forms). The login form, which has no session yet,
 * uses a double-submit cookie instead. Requests not carried by a session cookie (anonymous, or another
 * authentication mechanism such as basic auth) have nothing to forge and are not checked.
 */
public class CsrfFilter {

    public static final String HEADER = "X-CSRF-Token";
    public static final String FORM_FIELD = "csrf-token";

    private static final String LOGIN_PATH = "/login";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        SessionPrincipal session = sessionOf(routing);
        String expected;
        if (session != null) {
            expected = session.csrfToken();
        } else if (routing.normalizedPath().startsWith(LOGIN_PATH)) {
            Cookie loginCookie = routing.request().getCookie(SessionCookies.LOGIN_CSRF);
            expected = loginCookie == null ? null : loginCookie.getValue();
        } else {
            // no session cookie, so no ambient credential a foreign site could ride on (e.g. basic auth)
            return null;
        }
        String supplied = request.getHeaderString(HEADER);
        if (supplied == null && isForm(request.getMediaType())) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(FORM_FIELD, true, false);
            supplied = field == null ? null : field.toString();
        }
        if (Tokens.same(expected, supplied)) {
            return null;
        }
        return Problem.of("csrf", "Forbidden", 403,
                "Missing or wrong CSRF token (send the session's token in the " + HEADER + " header)").toResponse();
    }

    private static SessionPrincipal sessionOf(RoutingContext routing) {
        SecurityIdentity identity = routing.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        return identity == null ? null : identity.getAttribute(SessionIdentityProvider.SESSION);
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
