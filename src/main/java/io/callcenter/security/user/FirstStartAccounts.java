package io.callcenter.security.user;

import io.callcenter.security.SecurityConfig;
import io.callcenter.security.audit.AuditActions;
import io.callcenter.security.audit.AuditService;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.callcenter.demo.DemoConfig;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Makes sure an admin can log in after the first start: the admin from config/env if given; else,
 * in demo mode, the documented demo users; else a random one-time password, logged exactly once (only
 * while no enabled admin exists) and to be changed at first login. Never a well-known default outside demo mode.
 */
@ApplicationScoped
public class FirstStartAccounts {

    private static final Logger LOG = Logger.getLogger(FirstStartAccounts.class);

    @Inject
    SecurityConfig config;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoUsers demoUsers;

    @Inject
    AuditService audit;

    @Inject
    DemoConfig demo;

    void onStart(@Observes StartupEvent event) {
        ensureAdmin();
    }

    /** Idempotent: does nothing once an enabled admin exists (apart from seeding missing demo users). */
    @Transactional
    public void ensureAdmin() {
        // several replicas may start at once: one creates, the others then see the admin
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(4242001)").getSingleResult();
        String configured = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (UserAccount.countEnabledAdmins() == 0 && configured != null) {
            createAdmin(configured, false);
            LOG.infof("Created admin '%s' from callcenter.security.admin.password (CALLCENTER_ADMIN_PASSWORD)",
                    config.admin().username());
        }
        if (demo.seedUsers()) {
            demoUsers.seed();
        }
        if (UserAccount.countEnabledAdmins() == 0) {
            String oneTime = PasswordHasher.generate();
            createAdmin(oneTime, true);
            LOG.warnf("No admin account existed: created '%s' with one-time password %s (shown only now; "
                    + "it must be changed at first login)", config.admin().username(), oneTime);
        }
    }

    // an existing account of that name (e.g. a lost admin) is taken over: made admin, enabled, new password
    private void createAdmin(String password, boolean oneTime) {
        String username = Usernames.requireValid(config.admin().username());
        if (!oneTime) {
            PasswordPolicy.check(username, password);
        }
        UserAccount admin = UserAccount.findByUsername(username).orElseGet(UserAccount::new);
        if (admin.id == null) {
            admin.username = username;
            admin.displayName = "Administrator";
            admin.createdAt = Instant.now();
        }
        admin.passwordHash = hasher.hash(password);
        admin.passwordChangedAt = Instant.now();
        admin.mustChangePassword = oneTime;
        admin.enabled = true;
        admin.roles.add(Role.ADMIN_NAME);
        admin.persist();
        audit.record(null, null, AuditActions.ADMIN_BOOTSTRAP, username, Map.of("oneTimePassword", oneTime));
    }
}
