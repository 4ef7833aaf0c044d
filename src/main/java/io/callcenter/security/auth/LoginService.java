package io.callcenter.security.auth;

import io.callcenter.security.audit.AuditActions;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.user.PasswordHasher;
import io.callcenter.security.user.UserAccount;
import io.callcenter.security.user.Usernames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks credentials with lockout, opens and closes sessions, audits every attempt. */
@ApplicationScoped
@Transactional
public class LoginService {

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    @Inject
    AuditService audit;

    public LoginOutcome login(String rawUsername, String password, String address) {
        String username = Usernames.normalize(rawUsername);
        Instant now = Instant.now();
        String lockedBy = throttle.addressLocked(address, now) ? "address" : throttle.userLocked(username, now) ? "user" : null;
        if (lockedBy != null) {
            throttle.record(username, address, "refused", now);
            audit.record(username, address, AuditActions.LOGIN_REFUSED, username, Map.of("locked", lockedBy));
            return LoginOutcome.locked();
        }
        Optional<UserAccount> user = UserAccount.findByUsername(username);
        boolean passwordOk = hasher.matches(password, user.map(u -> u.passwordHash).orElse(null));
        if (!passwordOk || !user.get().enabled) {
            throttle.record(username, address, "failure", now);
            String reason = user.isEmpty() ? "unknown-user" : !passwordOk ? "wrong-password" : "disabled";
            audit.record(username, address, AuditActions.LOGIN_FAILED, username, Map.of("reason", reason));
            if (throttle.userLocked(username, now)) {
                audit.record(username, address, AuditActions.LOCKOUT, username, Map.of("by", "user"));
            } else if (throttle.addressLocked(address, now)) {
                audit.record(username, address, AuditActions.LOCKOUT, address, Map.of("by", "address"));
            }
            return LoginOutcome.failed();
        }
        throttle.record(username, address, "success", now);
        String token = sessions.open(user.get(), address);
        audit.record(username, address, AuditActions.LOGIN, username, Map.of());
        return new LoginOutcome(LoginOutcome.Result.SUCCESS, token, user.get().mustChangePassword,
                Set.copyOf(user.get().roles));
    }

    /** Revokes the session of this cookie token, if open, and audits the logout. */
    public void logout(String token, String address) {
        sessions.revoke(token).ifPresent(username ->
                audit.record(username, address, AuditActions.LOGOUT, username, Map.of()));
    }
}
