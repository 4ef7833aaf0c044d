package io.callcenter.security.auth;

import io.callcenter.security.SecurityConfig;
import io.callcenter.security.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Server-side sessions: create at login, resolve per request (with expiry), revoke at logout; every revocation fires
 * {@link SessionsEnded}.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    @Inject
    SecurityConfig config;

    @Inject
    Event<SessionsEnded> ended;

    /** Opens a session and returns the raw cookie token (only its hash is stored). */
    public String open(UserAccount user, String address) {
        String token = Tokens.random();
        UserSession session = new UserSession();
        session.tokenHash = Tokens.sha256(token);
        session.user = user;
        session.csrfToken = Tokens.random();
        session.address = address;
        session.createdAt = Instant.now();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return token;
    }

    /** The session's principal if the token is valid, not expired, not revoked and its user enabled. */
    public Optional<SessionPrincipal> resolve(String token) {
        Optional<UserSession> found = UserSession.find("tokenHash", Tokens.sha256(token)).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get();
        Instant now = Instant.now();
        SecurityConfig.Session limits = config.session();
        if (session.revokedAt != null || !session.user.enabled
                || now.isAfter(session.lastSeenAt.plus(limits.inactivityTimeout()))
                || now.isAfter(session.createdAt.plus(limits.absoluteTimeout()))) {
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt.plus(limits.touchInterval()))) {
            session.lastSeenAt = now;
        }
        UserAccount user = session.user;
        return Optional.of(new SessionPrincipal(session.id, user.id, user.username, user.displayName,
                Set.copyOf(user.roles), user.mustChangePassword, session.csrfToken));
    }

    /** Ends one session; returns the username it belonged to, if it was open. */
    public Optional<String> revoke(String token) {
        return UserSession.<UserSession>find("tokenHash = ?1 and revokedAt is null", Tokens.sha256(token))
                .firstResultOptional()
                .map(session -> {
                    session.revokedAt = Instant.now();
                    ended.fire(new SessionsEnded(Set.of(session.id)));
                    return session.user.username;
                });
    }

    /** Ends every open session of a user, except the one given (may be null). */
    public void revokeAll(long userId, Long exceptSessionId) {
        // loaded rather than bulk-updated: observers need the ids, and a user has only a handful of sessions
        List<UserSession> open = UserSession.list("user.id = ?1 and revokedAt is null and id <> ?2", userId,
                exceptSessionId == null ? -1L : exceptSessionId);
        Instant now = Instant.now();
        open.forEach(session -> session.revokedAt = now);
        if (!open.isEmpty()) {
            ended.fire(new SessionsEnded(open.stream().map(session -> session.id).collect(Collectors.toSet())));
        }
    }
}
