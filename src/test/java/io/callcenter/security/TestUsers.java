package io.callcenter.security;

import io.callcenter.security.user.NewUser;
import io.callcenter.security.user.UserService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates uniquely named users through the real service, so tests never collide in the shared database. */
@ApplicationScoped
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    UserService users;

    public String create(String prefix, Set<String> roles, String endpoint, Set<String> queues) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
        users.create(new NewUser(username, "Test " + username, PASSWORD, roles, endpoint, queues));
        return username;
    }

    public String admin() {
        return create("adm", Set.of("admin"), null, Set.of());
    }

    public String supervisor(String... queues) {
        return create("sup", Set.of("supervisor"), null, Set.of(queues));
    }

    public String agent(String endpoint, String... queues) {
        return create("agt", Set.of("agent"), endpoint, Set.of(queues));
    }

    /** The user's sessions look untouched for {@code idle} (a browser left alone): for expiry tests. Returns how many. */
    @Transactional
    public int idleSessions(String username, Duration idle) {
        return Panache.getEntityManager().createNativeQuery("update user_session set last_seen_at = ?1"
                        + " where user_id = (select id from app_user where username = ?2)")
                .setParameter(1, Timestamp.from(Instant.now().minus(idle))).setParameter(2, username).executeUpdate();
    }

    /** The user's sessions look logged in {@code age} ago (past the absolute limit when large): for expiry tests. */
    @Transactional
    public int agedSessions(String username, Duration age) {
        return Panache.getEntityManager().createNativeQuery("update user_session set created_at = ?1"
                        + " where user_id = (select id from app_user where username = ?2)")
                .setParameter(1, Timestamp.from(Instant.now().minus(age))).setParameter(2, username).executeUpdate();
    }

    /** An endpoint no other test uses. */
    public static String freshEndpoint() {
        return "PJSIP/t" + System.nanoTime() % 10_000_000 + SEQ.incrementAndGet();
    }
}
