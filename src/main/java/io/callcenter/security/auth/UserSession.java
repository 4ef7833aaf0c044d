package io.callcenter.security.auth;

import io.callcenter.security.user.UserAccount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A logged-in browser: identified by the hash of its cookie token. */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    public UserAccount user;

    /** Synchronizer token: state-changing requests of this session must echo it. */
    @Column(name = "csrf_token")
    public String csrfToken;

    public String address;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
