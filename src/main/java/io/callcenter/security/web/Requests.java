package io.callcenter.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** JSON request bodies of the security API. */
public final class Requests {

    private Requests() {
    }

    /** Replaces a user's roles. */
    public record RolesChange(@NotNull Set<String> roles) {
    }

    /** Links (or, when blank, unlinks) a user's endpoint. */
    public record EndpointChange(String endpoint) {
    }

    /** Replaces a user's queues. */
    public record QueuesChange(@NotNull Set<String> queues) {
    }

    /** An admin's password reset; a blank password means "generate one". */
    public record PasswordReset(String password) {
    }

    /** Enables or disables a user. */
    public record EnabledChange(@NotNull Boolean enabled) {
    }

    /** A user's own password change. */
    public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    /** A new display name. */
    public record DisplayNameChange(@NotBlank String displayName) {
    }
}
