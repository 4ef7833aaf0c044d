package io.callcenter.security.access;

import io.callcenter.security.user.Role;
import io.callcenter.security.user.UserAccount;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builds the {@link AccessPolicy} of an identity: roles from the identity (none while a password change
 * is pending), endpoint and queues from the database. For websockets and other code outside a request,
 * e.g. take a snapshot in {@code @OnOpen} to filter what a connection may see.
 */
@ApplicationScoped
public class AccessPolicies {

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccessPolicy of(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(r -> Role.find(r).ifPresent(roles::add));
        UserAccount user = UserAccount.findByUsername(username).orElse(null);
        return new AccessPolicy(username, roles, user == null ? null : user.endpoint,
                user == null ? Set.of() : Set.copyOf(user.queues));
    }
}
