package io.callcenter.security.auth;

import io.callcenter.security.SecurityConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** Deletes dead sessions and old login attempts, so neither table grows forever (the audit log keeps the history). */
@ApplicationScoped
public class SessionCleanup {

    private static final Duration KEEP_ATTEMPTS = Duration.ofDays(30);

    @Inject
    SecurityConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        Instant now = Instant.now();
        Panache.getEntityManager().createNativeQuery("delete from user_session where revoked_at is not null "
                        + "or last_seen_at < ?1 or created_at < ?2")
                .setParameter(1, now.minus(config.session().inactivityTimeout()))
                .setParameter(2, now.minus(config.session().absoluteTimeout()))
                .executeUpdate();
        Panache.getEntityManager().createNativeQuery("delete from login_attempt where at < ?1")
                .setParameter(1, now.minus(KEEP_ATTEMPTS))
                .executeUpdate();
    }
}
