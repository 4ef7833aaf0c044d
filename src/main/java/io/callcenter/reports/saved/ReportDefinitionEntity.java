package io.callcenter.reports.saved;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved report definition (V75 {@code report_definition}). */
@Entity
@Table(name = "report_definition")
public class ReportDefinitionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String owner;

    public String name;

    @Column(name = "report_type")
    public String reportType;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> parameters;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    static List<ReportDefinitionEntity> ownedBy(String owner) {
        return list("owner = ?1 order by lower(name)", owner);
    }

    static Optional<ReportDefinitionEntity> owned(String owner, long id) {
        return find("owner = ?1 and id = ?2", owner, id).firstResultOptional();
    }

    static boolean nameTaken(String owner, String name, Long exceptId) {
        return count("owner = ?1 and lower(name) = lower(?2) and id <> ?3", owner, name,
                exceptId == null ? -1L : exceptId) > 0;
    }
}
