package io.callcenter.security.auth;

import io.callcenter.security.SecurityConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ends sessions that expired by time: requests already refuse them, but an open websocket never asks again, so they
 * are marked revoked and {@link SessionsEnded} closes their sockets ("session ended, log in again"). An open socket
 * does not count as activity: a screen nobody touches is logged out like any other (TVs use kiosk links).
 */
@ApplicationScoped
public class SessionExpiry {

    @Inject
    SecurityConfig config;

    @Inject
    Event<SessionsEnded> ended;

    @Scheduled(every = "${callcenter.security.session.expiry-check:30S}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduled() {
        endExpired();
    }

    /** Revokes every open session past a timeout; returns how many. */
    @Transactional
    public int endExpired() {
        Instant now = Instant.now();
        SecurityConfig.Session limits = config.session();
        List<UserSession> expired = UserSession.list("revokedAt is null and (lastSeenAt < ?1 or createdAt < ?2)",
                now.minus(limits.inactivityTimeout()), now.minus(limits.absoluteTimeout()));
        expired.forEach(session -> session.revokedAt = now);
        if (!expired.isEmpty()) {
            ended.fire(new SessionsEnded(expired.stream().map(session -> session.id).collect(Collectors.toSet())));
        }
        return expired.size();
    }
}
