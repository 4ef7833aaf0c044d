package io.callcenter.security.user;

/**
 * CDI event fired synchronously, inside the changing transaction, after a user was created or its roles, endpoint,
 * queues or enabled flag changed; features that keep data linked to users (the ACD's agent memberships) observe it.
 */
public record UserAccountChanged(String username) {
}
