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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates and changes users; every change is audited. */
@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    SessionService sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    jakarta.enterprise.event.Event<UserAccountChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> list() {
        return UserAccount.<UserAccount>listAll().stream()
                .sorted((a, b) -> a.username.compareTo(b.username)).map(UserView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(String username) {
        return UserView.of(require(username));
    }

    public UserView create(NewUser request) {
        String username = Usernames.requireValid(request.username());
        if (UserAccount.findByUsername(username).isPresent()) {
            throw ProblemException.conflict("duplicate-user", "User exists", "User '" + username + "' already exists");
        }
        PasswordPolicy.check(username, request.password());
        Set<String> roles = roleNames(request.roles());
        UserAccount user = new UserAccount();
        user.username = username;
        user.displayName = displayName(request.displayName(), username);
        user.passwordHash = hasher.hash(request.password());
        user.roles.addAll(roles);
        user.endpoint = freeEndpoint(Links.endpoint(request.endpoint()), null);
        user.queues.addAll(Links.queues(request.queues()));
        user.createdAt = Instant.now();
        user.passwordChangedAt = user.createdAt;
        user.persist();
        audit.record(AuditActions.USER_CREATED, username, Map.of("roles", roles,
                "endpoint", String.valueOf(user.endpoint), "queues", user.queues));
        changed.fire(new UserAccountChanged(user.username));
        return UserView.of(user);
    }

    public UserView setRoles(String username, Collection<String> roleNames) {
        UserAccount user = require(username);
        Set<String> roles = roleNames(roleNames);
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN_NAME)) {
            requireAnotherAdmin(user);
        }
        Set<String> before = Set.copyOf(user.roles);
        user.roles.clear();
        user.roles.addAll(roles);
        audit.record(AuditActions.USER_ROLES, user.username, Map.of("before", before, "after", roles));
        changed.fire(new UserAccountChanged(user.username));
        return UserView.of(user);
    }

    public UserView setEndpoint(String username, String endpoint) {
        UserAccount user = require(username);
        String before = String.valueOf(user.endpoint);
        user.endpoint = freeEndpoint(Links.endpoint(endpoint), user);
        audit.record(AuditActions.USER_ENDPOINT, user.username,
                Map.of("before", before, "after", String.valueOf(user.endpoint)));
        changed.fire(new UserAccountChanged(user.username));
        return UserView.of(user);
    }

    public UserView setQueues(String username, Collection<String> queues) {
        UserAccount user = require(username);
        Set<String> after = Links.queues(queues);
        Set<String> before = Set.copyOf(user.queues);
        user.queues.clear();
        user.queues.addAll(after);
        audit.record(AuditActions.USER_QUEUES, user.username, Map.of("before", before, "after", after));
        changed.fire(new UserAccountChanged(user.username));
        return UserView.of(user);
    }

    public UserView setDisplayName(String username, String displayName) {
        UserAccount user = require(username);
        String before = user.displayName;
        user.displayName = displayName(displayName, user.username);
        audit.record(AuditActions.USER_DISPLAY_NAME, user.username, Map.of("before", before, "after", user.displayName));
        return UserView.of(user);
    }

    public UserView setEnabled(String username, boolean enabled) {
        UserAccount user = require(username);
        if (!enabled && user.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(user);
        }
        user.enabled = enabled;
        if (!enabled) {
            sessions.revokeAll(user.id, null);
        } else {
            throttle.clear(user.username);
        }
        audit.record(enabled ? AuditActions.USER_ENABLED : AuditActions.USER_DISABLED, user.username, Map.of());
        changed.fire(new UserAccountChanged(user.username));
        return UserView.of(user);
    }

    static UserAccount require(String username) {
        return UserAccount.findByUsername(username).orElseThrow(() ->
                ProblemException.notFound("unknown-user", "No user '" + Usernames.normalize(username) + "'"));
    }

    private static Set<String> roleNames(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw ProblemException.badRequest("missing-role", "Missing role",
                    "A user needs at least one role: agent, supervisor or admin");
        }
        return names.stream().map(Role::parse).map(Role::roleName).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String displayName(String displayName, String username) {
        String name = displayName == null || displayName.isBlank() ? username : displayName.trim();
        if (name.length() > 200) {
            throw ProblemException.badRequest("invalid-display-name", "Invalid display name",
                    "A display name has at most 200 characters");
        }
        return name;
    }

    private static String freeEndpoint(String endpoint, UserAccount owner) {
        if (endpoint != null) {
            UserAccount.findByEndpoint(endpoint).filter(other -> other != owner).ifPresent(other -> {
                throw ProblemException.conflict("endpoint-taken", "Endpoint taken",
                        "Endpoint " + endpoint + " is linked to user '" + other.username + "'");
            });
        }
        return endpoint;
    }

    private static void requireAnotherAdmin(UserAccount user) {
        if (user.enabled && UserAccount.countEnabledAdmins() <= 1) {
            throw ProblemException.conflict("last-admin", "Last admin",
                    "'" + user.username + "' is the last enabled admin; make another admin first");
        }
    }
}
