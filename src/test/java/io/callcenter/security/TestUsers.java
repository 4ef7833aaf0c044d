package io.callcenter.security;

import io.callcenter.security.user.NewUser;
import io.callcenter.security.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** An endpoint no other test uses. */
    public static String freshEndpoint() {
        return "PJSIP/t" + System.nanoTime() % 10_000_000 + SEQ.incrementAndGet();
    }
}
