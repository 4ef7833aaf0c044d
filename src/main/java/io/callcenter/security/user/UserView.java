package io.callcenter.security.user;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, String displayName, List<String> roles, String endpoint,
        List<String> queues, boolean enabled, boolean mustChangePassword, Instant createdAt) {

    public static UserView of(UserAccount u) {
        return new UserView(u.username, u.displayName, u.roles.stream().sorted().toList(), u.endpoint,
                u.queues.stream().sorted().toList(), u.enabled, u.mustChangePassword, u.createdAt);
    }
}
