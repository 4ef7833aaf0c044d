package io.callcenter.wallboard.config;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A kiosk link of a wallboard (table wallboard_kiosk_link): only the token's SHA-256 is kept. */
@Entity
@Table(name = "wallboard_kiosk_link")
public class KioskLinkEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "wallboard_id")
    public long wallboardId;

    @Column(name = "token_hash")
    public String tokenHash;

    public String label;

    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static List<KioskLinkEntity> ofWallboard(long wallboardId) {
        return list("wallboardId = ?1 order by id", wallboardId);
    }

    /** The link whose token has this hash, revoked or not. */
    public static Optional<KioskLinkEntity> byTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }
}
