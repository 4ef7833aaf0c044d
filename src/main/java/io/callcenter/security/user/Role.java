package io.callcenter.security.user;

import io.callcenter.security.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three roles; the constants are the role names used in {@code @RolesAllowed}. */
public enum Role {
    AGENT, SUPERVISOR, ADMIN;

    public static final String AGENT_NAME = "agent";
    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String ADMIN_NAME = "admin";

    /** The role name as stored and as used in {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of this name, if it is one of ours. */
    public static java.util.Optional<Role> find(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst();
    }

    /** Parses a role name, or fails with a 400 problem naming the known roles. */
    public static Role parse(String name) {
        return Arrays.stream(values())
                .filter(r -> r.roleName().equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest("unknown-role", "Unknown role",
                        "Unknown role '" + name + "'; known roles: "
                                + Arrays.stream(values()).map(Role::roleName).collect(Collectors.joining(", "))));
    }
}
