package io.callcenter.acd.config.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A stored queue (table acd_queue); durations in whole seconds, nulls = unlimited / none. */
@Entity
@Table(name = "acd_queue")
public class QueueEntity extends PanacheEntityBase {

    @Id
    public String name;

    public String strategy;
    @Column(name = "ring_timeout_s")
    public int ringTimeout;
    @Column(name = "retry_delay_s")
    public int retryDelay;
    @Column(name = "wrap_up_s")
    public int wrapUp;
    @Column(name = "max_wait_s")
    public Integer maxWait;
    @Column(name = "max_length")
    public Integer maxLength;
    @Column(name = "overflow_kind")
    public String overflowKind;
    @Column(name = "overflow_value")
    public String overflowValue;
    @Column(name = "join_when_no_agents")
    public boolean joinWhenNoAgents;
    @Column(name = "leave_when_no_agents")
    public boolean leaveWhenNoAgents;
    @Column(name = "moh_class")
    public String mohClass;
    @Column(name = "announce_interval_s")
    public int announceInterval;
    @Column(name = "service_level_s")
    public int serviceLevel;
    @Column(name = "sl_formula")
    public String slFormula;
    @Column(name = "short_abandon_s")
    public int shortAbandon;
    @Column(name = "skill_relax_after_s")
    public Integer skillRelaxAfter;
    @Column(name = "priority_variable")
    public String priorityVariable;
    @Column(name = "auto_pause_after_misses")
    public int autoPauseAfterMisses;
    public String whisper;
    @Column(name = "schedule_name")
    public String schedule;
    @Column(name = "after_hours_kind")
    public String afterHoursKind;
    @Column(name = "after_hours_value")
    public String afterHoursValue;

    /** DID → caller priority; the DID's primary key keeps it unique across queues. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acd_queue_did", joinColumns = @JoinColumn(name = "queue_name"))
    @MapKeyColumn(name = "did")
    @Column(name = "priority")
    public Map<String, Integer> dids = new HashMap<>();

    /** Skill → minimum level. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acd_queue_skill", joinColumns = @JoinColumn(name = "queue_name"))
    @MapKeyColumn(name = "skill")
    @Column(name = "min_level")
    public Map<String, Integer> requiredSkills = new HashMap<>();

    public static List<QueueEntity> all() {
        return list("order by name");
    }

    /** The queue a DID is routed to, if any. */
    public static java.util.Optional<QueueEntity> byDid(String did) {
        return find("select q from QueueEntity q join q.dids d where key(d) = ?1", did).firstResultOptional();
    }
}
