package io.callcenter.acd.admin;

import io.callcenter.acd.config.AcdChanges;
import io.callcenter.acd.config.store.AgentEntity;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The order of a queue's members (linear / round-robin): read, and replaced as a whole; audited. */
@ApplicationScoped
@Transactional
public class QueueMemberService {

    @Inject
    AuditService audit;

    @Inject
    AcdChanges changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueMemberDto> members(String queue) {
        QueueService.require(queue);
        record Place(String username, AgentEntity.MembershipRow row) {
        }
        List<AgentEntity> entities = memberEntities(queue);
        Map<Long, String> names = usernames(entities);
        List<Place> ordered = entities.stream().map(a -> new Place(names.get(a.userId), row(a, queue)))
                .sorted(Comparator.comparingInt((Place p) -> p.row().queuePosition).thenComparing(Place::username))
                .toList();
        List<QueueMemberDto> out = new ArrayList<>();
        ordered.forEach(p -> out.add(new QueueMemberDto(p.username(), p.row().penalty, out.size() + 1)));
        return out;
    }

    /** Puts the queue's members in this order; it must list every member exactly once. */
    public List<QueueMemberDto> reorder(String queue, List<String> order) {
        List<QueueMemberDto> before = members(queue);
        Set<String> current = before.stream().map(QueueMemberDto::username).collect(Collectors.toSet());
        List<String> wanted = order.stream().map(u -> u == null ? "" : u.trim()).toList();
        FieldErrors errors = new FieldErrors();
        errors.check(new HashSet<>(wanted).size() == wanted.size(), "order", "a member is listed twice: " + wanted);
        errors.check(new HashSet<>(wanted).equals(current), "order",
                "list every member of '" + queue + "' exactly once; members are " + current.stream().sorted().toList()
                        + ", got " + wanted);
        errors.throwIfAny();
        List<AgentEntity> entities = memberEntities(queue);
        Map<Long, String> names = usernames(entities);
        for (AgentEntity agent : entities) {
            row(agent, queue).queuePosition = wanted.indexOf(names.get(agent.userId)) + 1;
        }
        List<QueueMemberDto> after = members(queue);
        audit.record(AcdAuditActions.QUEUE_MEMBER_ORDER, queue, Map.of("before", before, "after", after));
        changes.changed();
        return after;
    }

    private static List<AgentEntity> memberEntities(String queue) {
        return AgentEntity.list("select distinct a from AgentEntity a join a.memberships m where m.queue = ?1", queue);
    }

    private static AgentEntity.MembershipRow row(AgentEntity agent, String queue) {
        return agent.memberships.stream().filter(m -> m.queue.equals(queue)).findFirst().orElseThrow();
    }

    private static Map<Long, String> usernames(List<AgentEntity> agents) {
        List<Long> ids = agents.stream().map(a -> a.userId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UserAccount> users = UserAccount.list("id in ?1", ids);
        return users.stream().collect(Collectors.toMap(u -> u.id, u -> u.username, (a, b) -> a, java.util.HashMap::new));
    }
}
