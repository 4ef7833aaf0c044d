package io.callcenter.security.user;

import io.callcenter.security.problem.ProblemException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Usernames are case-insensitive: stored lower-case, restricted to a safe alphabet. */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** The normalized username, or a 400 problem when it is missing or malformed. */
    public static String requireValid(String username) {
        String normalized = normalize(username);
        if (!VALID.matcher(normalized).matches()) {
            throw ProblemException.badRequest("invalid-username", "Invalid username",
                    "A username has 2-64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return normalized;
    }
}
