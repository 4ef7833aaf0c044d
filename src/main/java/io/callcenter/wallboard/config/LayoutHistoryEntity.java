package io.callcenter.wallboard.config;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One layout a wallboard had from {@code validFrom} on (table wallboard_layout_history, V96). */
@Entity
@Table(name = "wallboard_layout_history")
public class LayoutHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "wallboard_id")
    public long wallboardId;
    @Column(name = "valid_from")
    public Instant validFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    public String layout;

    @Column(name = "changed_by")
    public String changedBy;

    /**
     * The layout in force at {@code at}: the last one that became valid by then; for an instant before the first
     * known layout, that first one (the earliest we know of).
     */
    static Optional<LayoutHistoryEntity> at(long wallboardId, Instant at) {
        Optional<LayoutHistoryEntity> then = find("wallboardId = ?1 and validFrom <= ?2 order by validFrom desc, id desc",
                wallboardId, at).firstResultOptional();
        return then.isPresent() ? then
                : find("wallboardId = ?1 order by validFrom, id", wallboardId).firstResultOptional();
    }
}
