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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ACD data of one agent user (table acd_agent): skills and ordered queue memberships. */
@Entity
@Table(name = "acd_agent")
public class AgentEntity extends PanacheEntityBase {

    /** The {@code app_user.id} of the agent. */
    @Id
    @Column(name = "user_id")
    public Long userId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acd_agent_skill", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "skill")
    @Column(name = "level")
    public Map<String, Integer> skills = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "acd_membership", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    public List<MembershipRow> memberships = new ArrayList<>();

    /** The agent row of a user, created and persisted when missing. */
    public static AgentEntity of(Long userId) {
        AgentEntity agent = findById(userId);
        if (agent == null) {
            agent = new AgentEntity();
            agent.userId = userId;
            agent.persist();
        }
        return agent;
    }

    /** The place after the last member of the queue (flushes pending changes first: the query sees them). */
    public static int nextQueuePosition(String queue) {
        Integer max = getEntityManager().createQuery(
                "select max(m.queuePosition) from AgentEntity a join a.memberships m where m.queue = ?1", Integer.class)
                .setParameter(1, queue).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** One queue membership. */
    @Embeddable
    public static class MembershipRow {
        @Column(name = "queue_name")
        public String queue;
        public int penalty;
        /** Place among the queue's members (1 = first; linear and round-robin order), see V46. */
        @Column(name = "queue_position")
        public int queuePosition;

        public MembershipRow() {
        }

        public MembershipRow(String queue, int penalty, int queuePosition) {
            this.queue = queue;
            this.penalty = penalty;
            this.queuePosition = queuePosition;
        }
    }
}
