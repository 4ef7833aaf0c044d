package io.callcenter.acd.admin;

import io.callcenter.acd.config.AcdChanges;
import io.callcenter.acd.config.store.AgentEntity;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.UserAccount;
import io.callcenter.security.user.Usernames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Agents' memberships and skills; memberships also update the account's queue links (see {@link MembershipSync}). */
@ApplicationScoped
@Transactional
public class AgentService {

    @Inject
    AuditService audit;

    @Inject
    AcdChanges changes;

    @Inject
    MembershipSync sync;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgentDto> list(Predicate<AgentDto> visible) {
        List<UserAccount> agents = UserAccount.list(
                "select u from UserAccount u join u.roles r where r = ?1 order by u.username", Role.AGENT_NAME);
        return agents.stream().map(AgentService::view).filter(visible).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgentDto get(String username) {
        return view(require(username));
    }

    /** Replaces all memberships, in the given order. */
    public AgentDto setMemberships(String username, List<AgentDto.MembershipDto> wanted) {
        UserAccount user = require(username);
        List<AgentEntity.MembershipRow> rows = new ArrayList<>();
        AgentEntity existing = AgentEntity.findById(user.id);
        Map<String, Integer> places = new java.util.HashMap<>();
        if (existing != null) {
            existing.memberships.forEach(m -> places.put(m.queue, m.queuePosition));
        }
        Set<String> seen = new HashSet<>();
        FieldErrors errors = new FieldErrors();
        for (AgentDto.MembershipDto m : wanted == null ? List.<AgentDto.MembershipDto>of() : wanted) {
            String queue = m == null ? null : m.queue();
            if (!errors.check(queue != null && QueueEntity.findById(queue) != null, "memberships",
                    "no queue named '" + queue + "'")) {
                continue;
            }
            int penalty = m.penalty() == null ? 0 : m.penalty();
            errors.check(penalty >= 0, "memberships", "the penalty in '" + queue + "' must be 0 or more, got " + penalty);
            errors.check(seen.add(queue), "memberships", "'" + queue + "' is listed twice");
            // a queue the agent stays in keeps its place there; a new one puts the agent last in that queue
            Integer place = places.get(queue);
            rows.add(new AgentEntity.MembershipRow(queue, penalty,
                    place != null ? place : AgentEntity.nextQueuePosition(queue)));
        }
        errors.throwIfAny();
        AgentEntity agent = AgentEntity.of(user.id);
        List<AgentDto.MembershipDto> before = view(user).memberships();
        agent.memberships.clear();
        agent.memberships.addAll(rows);
        sync.alignAccount(user, agent);
        AgentDto after = view(user);
        audit.record(AcdAuditActions.AGENT_MEMBERSHIPS, user.username,
                Map.of("before", before, "after", after.memberships()));
        changes.changed();
        return after;
    }

    /** Adds the agent to one queue (appended) or changes its penalty there. */
    public AgentDto setMembership(String username, String queue, Integer penalty) {
        List<AgentDto.MembershipDto> memberships = new ArrayList<>(get(username).memberships());
        int at = indexOf(memberships, queue);
        AgentDto.MembershipDto changed = new AgentDto.MembershipDto(queue, penalty == null ? 0 : penalty);
        if (at < 0) {
            memberships.add(changed);
        } else {
            memberships.set(at, changed);
        }
        return setMemberships(username, memberships);
    }

    /** Removes the agent from one queue (404 when it is not a member). */
    public AgentDto removeMembership(String username, String queue) {
        List<AgentDto.MembershipDto> memberships = new ArrayList<>(get(username).memberships());
        int at = indexOf(memberships, queue);
        if (at < 0) {
            throw ProblemException.notFound("unknown-membership",
                    "Agent '" + username + "' is not a member of queue '" + queue + "'");
        }
        memberships.remove(at);
        return setMemberships(username, memberships);
    }

    public AgentDto setSkills(String username, Map<String, Integer> skills) {
        UserAccount user = require(username);
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> valid = Names.skills(skills, "skills", errors);
        errors.throwIfAny();
        AgentEntity agent = AgentEntity.of(user.id);
        Map<String, Integer> before = Map.copyOf(agent.skills);
        agent.skills.clear();
        agent.skills.putAll(valid);
        audit.record(AcdAuditActions.AGENT_SKILLS, user.username, Map.of("before", before, "after", valid));
        changes.changed();
        return view(user);
    }

    private static int indexOf(List<AgentDto.MembershipDto> memberships, String queue) {
        for (int i = 0; i < memberships.size(); i++) {
            if (memberships.get(i).queue().equals(queue)) {
                return i;
            }
        }
        return -1;
    }

    static UserAccount require(String username) {
        return UserAccount.findByUsername(username).filter(u -> u.hasRole(Role.AGENT)).orElseThrow(() ->
                ProblemException.notFound("unknown-agent", "No agent '" + Usernames.normalize(username) + "'"));
    }

    static AgentDto view(UserAccount user) {
        AgentEntity agent = AgentEntity.findById(user.id);
        List<AgentDto.MembershipDto> memberships = agent == null ? List.of() : agent.memberships.stream()
                .map(m -> new AgentDto.MembershipDto(m.queue, m.penalty)).toList();
        return new AgentDto(user.username, user.displayName, user.endpoint, user.enabled, memberships,
                agent == null ? Map.of() : Map.copyOf(agent.skills));
    }
}
