package io.callcenter.security.auth;

import io.callcenter.security.SecurityConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Lockout from the login_attempt table: a username is locked after N consecutive failures (until the
 * window has passed since the last one), an address after M failures within the window. Refused attempts
 * are logged but do not count, so an attacker cannot extend a lock forever. Unknown usernames are
 * counted like real ones so that lockout does not reveal which accounts exist.
 */
@ApplicationScoped
@Transactional
public class LoginThrottle {

    @Inject
    SecurityConfig config;

    public boolean userLocked(String username, Instant now) {
        return failuresOfUser(username, now) >= config.lockout().userMaxFailures();
    }

    public boolean addressLocked(String address, Instant now) {
        Instant since = now.minus(config.lockout().window());
        return count("address = ?1 and outcome = 'failure' and at > ?2", address, since)
                >= config.lockout().addressMaxFailures();
    }

    public void record(String username, String address, String outcome, Instant at) {
        Panache.getEntityManager().createNativeQuery(
                        "insert into login_attempt (at, username, address, outcome) values (?1, ?2, ?3, ?4)")
                .setParameter(1, at).setParameter(2, username).setParameter(3, address).setParameter(4, outcome)
                .executeUpdate();
    }

    /** Lifts a username's lockout (admin reset or re-enable): failures before now stop counting. */
    public void clear(String username) {
        record(username, "-", "cleared", Instant.now());
    }

    /** Failures since the last success or clear, within the window. */
    long failuresOfUser(String username, Instant now) {
        Instant since = now.minus(config.lockout().window());
        return count("username = ?1 and outcome = 'failure' and at > ?2 and at > coalesce((select max(b.at) "
                + "from login_attempt b where b.username = ?1 and b.outcome in ('success', 'cleared')), ?2)",
                username, since);
    }

    private static long count(String where, Object... params) {
        var query = Panache.getEntityManager().createNativeQuery("select count(*) from login_attempt where " + where);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
