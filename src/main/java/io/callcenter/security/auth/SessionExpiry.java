package io.callcenter.security.auth;

import io.callcenter.security.SecurityConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ends sessions that expired by time: requests already refuse them, but an open websocket never asks again, so they
 * are marked revoked and {@link SessionsEnded} closes their sockets ("session ended, log in again"). A page with an
 * open socket counts as in use (an agent waiting for calls, or in a 40-minute call, must not find the desk logged
 * out at the next click), so only the absolute limit ends it; a page that is gone stops heartbeating, loses its
 * socket within the client idle timeout and then expires like any other.
 */
@ApplicationScoped
public class SessionExpiry {

    @Inject
    SecurityConfig config;

    @Inject
    Event<SessionsEnded> ended;

    @Inject
    @Any
    Instance<OpenSockets> sockets;

    @Scheduled(every = "${callcenter.security.session.expiry-check:30S}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduled() {
        endExpired();
    }

    /** Marks sessions with an open socket as seen, then revokes every open session past a timeout; returns how many. */
    @Transactional
    public int endExpired() {
        Instant now = Instant.now();
        SecurityConfig.Session limits = config.session();
        Set<Long> inUse = new HashSet<>();
        sockets.forEach(s -> inUse.addAll(s.sessionsWithOpenSockets()));
        if (!inUse.isEmpty()) {
            // the same rule as a request: last-seen is written at most every touch interval
            UserSession.update("lastSeenAt = ?1 where id in ?2 and revokedAt is null and lastSeenAt < ?3",
                    now, inUse, now.minus(limits.touchInterval()));
        }
        List<UserSession> expired = UserSession.list("revokedAt is null and (lastSeenAt < ?1 or createdAt < ?2)",
                now.minus(limits.inactivityTimeout()), now.minus(limits.absoluteTimeout()));
        expired.forEach(session -> session.revokedAt = now);
        if (!expired.isEmpty()) {
            ended.fire(new SessionsEnded(expired.stream().map(session -> session.id).collect(Collectors.toSet())));
        }
        return expired.size();
    }
}
