package io.callcenter.security.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Set;

/** Request to create a user; endpoint and queues are optional. */
public record NewUser(@NotBlank String username, String displayName, @NotBlank String password,
        @NotEmpty Set<String> roles, String endpoint, Set<String> queues) {
}
