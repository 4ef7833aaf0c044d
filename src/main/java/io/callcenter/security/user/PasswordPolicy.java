package io.callcenter.security.user;

import io.callcenter.security.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** What a new password must satisfy: long enough, not the username, not a notorious one. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt ignores everything after 72 bytes, so longer passwords would give a false sense of strength. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> NOTORIOUS = Set.of("password123", "1234567890", "qwertyuiop", "0123456789",
            "password1234", "letmein123", "administrator", "changeme123", "welcome123", "callcenter", "asterisk123");

    private PasswordPolicy() {
    }

    /** Throws a 400 problem explaining why the password is refused. */
    public static void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw weak("A password is required");
        }
        if (password.length() < MIN_LENGTH) {
            throw weak("A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw weak("A password may have at most " + MAX_BYTES + " bytes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String user = Usernames.normalize(username);
        if (!user.isEmpty() && lower.contains(user)) {
            throw weak("A password must not contain the username");
        }
        if (lower.chars().distinct().count() < 4) {
            throw weak("A password needs at least 4 different characters");
        }
        if (NOTORIOUS.contains(lower)) {
            throw weak("This password is too common");
        }
    }

    private static ProblemException weak(String detail) {
        return ProblemException.badRequest("weak-password", "Password refused", detail);
    }
}
