package io.callcenter.security.auth;

import java.util.Set;

/** What a valid session resolves to: the user and the session's own CSRF token. */
public record SessionPrincipal(long sessionId, long userId, String username, String displayName, Set<String> roles,
        boolean mustChangePassword, String csrfToken) {
}
