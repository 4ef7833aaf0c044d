package io.callcenter.acd.config.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stored business hours (table acd_schedule with its intervals and holidays). */
@Entity
@Table(name = "acd_schedule")
public class ScheduleEntity extends PanacheEntityBase {

    @Id
    public String name;

    public String zone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acd_schedule_interval", joinColumns = @JoinColumn(name = "schedule_name"))
    public List<IntervalRow> intervals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acd_schedule_holiday", joinColumns = @JoinColumn(name = "schedule_name"))
    @Column(name = "day")
    public Set<LocalDate> holidays = new HashSet<>();

    public static List<ScheduleEntity> all() {
        return list("order by name");
    }

    /** One open interval of one ISO day of week. */
    @Embeddable
    public static class IntervalRow {
        @Column(name = "day_of_week")
        public int dayOfWeek;
        @Column(name = "open_from")
        public LocalTime from;
        @Column(name = "open_to")
        public LocalTime to;

        public IntervalRow() {
        }

        public IntervalRow(int dayOfWeek, LocalTime from, LocalTime to) {
            this.dayOfWeek = dayOfWeek;
            this.from = from;
            this.to = to;
        }
    }
}
