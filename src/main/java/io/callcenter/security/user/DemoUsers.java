package io.callcenter.security.user;

import io.callcenter.security.audit.AuditActions;
import io.callcenter.security.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The documented demo users (see docs-security.md), seeded only when callcenter.demo.seed-users=true:
 * admin, two supervisors (phones PJSIP/1019 and 1020, rung for listen / whisper / barge), and agents
 * agent1001..agent1010 on the demo PBX endpoints PJSIP/1001..1010.
 */
@ApplicationScoped
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    /** One seeded account. */
    public record DemoUser(String username, String displayName, String password, Set<String> roles, String endpoint,
            Set<String> queues) {
    }

    public static final List<DemoUser> USERS = build();

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    jakarta.enterprise.event.Event<UserAccountChanged> changed;

    /** Creates the demo users that do not exist yet; never changes existing ones. */
    @Transactional
    public void seed() {
        int created = 0;
        for (DemoUser demo : USERS) {
            if (UserAccount.findByUsername(demo.username()).isEmpty()) {
                UserAccount user = new UserAccount();
                user.username = demo.username();
                user.displayName = demo.displayName();
                user.passwordHash = hasher.hash(demo.password());
                user.roles.addAll(demo.roles());
                user.endpoint = demo.endpoint();
                user.queues.addAll(demo.queues());
                user.createdAt = Instant.now();
                user.persist();
                changed.fire(new UserAccountChanged(user.username));
                created++;
            }
        }
        if (created > 0) {
            audit.record(null, null, AuditActions.USER_CREATED, "demo-users", Map.of("count", created));
            LOG.warnf("Demo mode: seeded %d demo users with documented passwords; never use demo mode in production",
                    created);
        }
    }

    private static List<DemoUser> build() {
        List<DemoUser> users = new java.util.ArrayList<>(List.of(
                new DemoUser("admin", "Demo Admin", "demo-admin-pass", Set.of(Role.ADMIN_NAME), null, Set.of()),
                new DemoUser("sup-sales", "Sam Supervisor (sales)", "demo-super-pass",
                        Set.of(Role.SUPERVISOR_NAME), "PJSIP/1019", Set.of("sales")),
                new DemoUser("sup-support", "Sue Supervisor (support)", "demo-super-pass",
                        Set.of(Role.SUPERVISOR_NAME), "PJSIP/1020", Set.of("support"))));
        for (int n = 1001; n <= 1010; n++) {
            users.add(new DemoUser("agent" + n, "Agent " + n, "demo-agent-pass", Set.of(Role.AGENT_NAME),
                    "PJSIP/" + n, Set.of(n <= 1005 ? "sales" : "support")));
        }
        return List.copyOf(users);
    }
}
