package io.callcenter.security.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person who logs in: agent, supervisor and/or admin. */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    /** The agent's phone, e.g. {@code PJSIP/1001}; null when none. */
    public String endpoint;

    public boolean enabled = true;

    @Column(name = "must_change_password")
    public boolean mustChangePassword;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    /** Role names, see {@link Role#roleName()}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();

    /** Queue names: supervised queues of a supervisor, memberships of an agent. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_queue", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "queue_name")
    public Set<String> queues = new HashSet<>();

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", Usernames.normalize(username)).firstResultOptional();
    }

    public static Optional<UserAccount> findByEndpoint(String endpoint) {
        return find("endpoint", endpoint).firstResultOptional();
    }

    /** Enabled users holding the admin role. */
    public static long countEnabledAdmins() {
        return count("select count(u) from UserAccount u join u.roles r where r = ?1 and u.enabled = true",
                Role.ADMIN_NAME);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.roleName());
    }
}
