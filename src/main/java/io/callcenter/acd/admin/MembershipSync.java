package io.callcenter.acd.admin;

import io.callcenter.acd.config.AcdChanges;
import io.callcenter.acd.config.store.AgentEntity;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.UserAccount;
import io.callcenter.security.user.UserAccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps an agent's ACD memberships and its account's queue links ({@code UserAccount.queues}) consistent. The rule
 * (see package-info): for a user with role agent, the membership queues are exactly the account's queues that are
 * defined ACD queues. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MembershipSync {

    @Inject
    AcdChanges changes;

    /** The users API changed an account: align its memberships to the account's queues and role. */
    void onUserChanged(@Observes UserAccountChanged event) {
        UserAccount.findByUsername(event.username()).ifPresent(this::alignToAccount);
        changes.changed();
    }

    /** Account → memberships: drops memberships of unlisted queues, appends listed ACD queues (penalty 0, last). */
    public void alignToAccount(UserAccount user) {
        AgentEntity agent = AgentEntity.findById(user.id);
        if (!user.hasRole(Role.AGENT)) {
            if (agent != null) {
                agent.memberships.clear();
            }
            return;
        }
        Set<String> defined = definedQueues(user.queues);
        if (agent == null && defined.isEmpty()) {
            return;
        }
        AgentEntity member = agent != null ? agent : AgentEntity.of(user.id);
        member.memberships.removeIf(m -> !user.queues.contains(m.queue));
        Set<String> have = member.memberships.stream().map(m -> m.queue).collect(Collectors.toSet());
        defined.stream().filter(q -> !have.contains(q))
                .forEach(q -> member.memberships.add(new AgentEntity.MembershipRow(q, 0, AgentEntity.nextQueuePosition(q))));
    }

    /** Memberships → account: the account lists the membership queues and no other defined ACD queue. */
    public void alignAccount(UserAccount user, AgentEntity agent) {
        Set<String> defined = definedQueues(user.queues);
        user.queues.removeAll(defined);
        agent.memberships.forEach(m -> user.queues.add(m.queue));
    }

    /** A new queue: the agents whose accounts already list it become members. */
    public void queueCreated(String queue) {
        List<UserAccount> listing = UserAccount.list(
                "select distinct u from UserAccount u join u.queues q join u.roles r where q = ?1 and r = ?2",
                queue, Role.AGENT_NAME);
        listing.forEach(this::alignToAccount);
    }

    /** A queue goes away: its memberships go with it (the account links to an undefined name stay). */
    public void queueDeleted(String queue) {
        List<AgentEntity> members = AgentEntity.list(
                "select distinct a from AgentEntity a join a.memberships m where m.queue = ?1", queue);
        members.forEach(a -> a.memberships.removeIf(m -> m.queue.equals(queue)));
    }

    private static Set<String> definedQueues(Set<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        List<String> found = QueueEntity.getEntityManager()
                .createQuery("select q.name from QueueEntity q where q.name in ?1", String.class)
                .setParameter(1, names).getResultList();
        return new TreeSet<>(found);
    }
}
