package io.callcenter.security.user;

import io.callcenter.security.audit.AuditActions;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.auth.LoginThrottle;
import io.callcenter.security.auth.SessionService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/** Password resets by an admin and changes by the user; both end sessions and are audited. */
@ApplicationScoped
@Transactional
public class PasswordService {

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    SessionService sessions;

    @Inject
    LoginThrottle throttle;

    /**
     * Sets a new password chosen by an admin, or a generated one (returned once) when null; the user
     * must change it at next login, its sessions end and its lockout is lifted.
     */
    public String resetPassword(String username, String password) {
        UserAccount user = UserService.require(username);
        String chosen = password == null || password.isBlank() ? PasswordHasher.generate() : password;
        PasswordPolicy.check(user.username, chosen);
        user.passwordHash = hasher.hash(chosen);
        user.passwordChangedAt = Instant.now();
        user.mustChangePassword = true;
        sessions.revokeAll(user.id, null);
        throttle.clear(user.username);
        audit.record(AuditActions.PASSWORD_RESET, user.username, Map.of("generated", chosen != password));
        return chosen;
    }

    /** The user's own change: needs the current password; ends the user's other sessions. */
    public void changeOwnPassword(String username, String current, String next, Long keepSessionId) {
        UserAccount user = UserService.require(username);
        if (!hasher.matches(current, user.passwordHash)) {
            throw ProblemException.badRequest("wrong-password", "Password refused", "The current password is wrong");
        }
        if (next != null && next.equals(current)) {
            throw ProblemException.badRequest("weak-password", "Password refused",
                    "The new password must differ from the current one");
        }
        PasswordPolicy.check(user.username, next);
        user.passwordHash = hasher.hash(next);
        user.passwordChangedAt = Instant.now();
        user.mustChangePassword = false;
        sessions.revokeAll(user.id, keepSessionId);
        audit.record(AuditActions.PASSWORD_CHANGED, user.username, Map.of());
    }

}
