package io.callcenter.acd.config.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A configured pause reason (table acd_pause_reason), shown in {@link #position} order. */
@Entity
@Table(name = "acd_pause_reason")
public class PauseReasonEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public int position;

    public static List<PauseReasonEntity> ordered() {
        return list("order by position, code");
    }
}
