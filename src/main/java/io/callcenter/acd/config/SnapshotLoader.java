package io.callcenter.acd.config;

import io.callcenter.acd.config.store.AgentEntity;
import io.callcenter.acd.config.store.PauseReasonEntity;
import io.callcenter.acd.config.store.QueueEntity;
import io.callcenter.acd.config.store.ScheduleEntity;
import io.callcenter.security.user.Role;
import io.callcenter.security.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the whole stored configuration into an {@link AcdSnapshot}. Agents are the enabled users with role agent
 * and an endpoint (an agent without a phone cannot take calls, so the runtime never sees it).
 */
@ApplicationScoped
public class SnapshotLoader {

    @Transactional(Transactional.TxType.REQUIRED)
    public AcdSnapshot load() {
        Map<String, BusinessHours> schedules = ScheduleEntity.all().stream()
                .collect(Collectors.toMap(s -> s.name, SnapshotLoader::hours));
        List<QueueConfig> queues = QueueEntity.all().stream().map(q -> queue(q, schedules)).toList();
        Map<Long, AgentEntity> acd = AgentEntity.<AgentEntity>listAll().stream()
                .collect(Collectors.toMap(a -> a.userId, Function.identity()));
        List<UserAccount> users = UserAccount.list(
                "select u from UserAccount u join u.roles r where r = ?1 and u.enabled = true and u.endpoint is not null",
                Role.AGENT_NAME);
        List<AgentConfig> agents = users.stream().map(u -> agent(u, acd.get(u.id))).toList();
        List<AcdDirectory.PauseReason> reasons = PauseReasonEntity.ordered().stream()
                .map(p -> new AcdDirectory.PauseReason(p.code, p.label)).toList();
        return new AcdSnapshot(queues, agents, reasons, memberOrder(users, acd));
    }

    /** Queue → member usernames by their place in the queue (ties by username). */
    static Map<String, List<String>> memberOrder(List<UserAccount> users, Map<Long, AgentEntity> acd) {
        record Place(String queue, int position, String username) {
        }
        return users.stream().filter(u -> acd.containsKey(u.id))
                .flatMap(u -> acd.get(u.id).memberships.stream().map(m -> new Place(m.queue, m.queuePosition, u.username)))
                .sorted(Comparator.comparing(Place::queue).thenComparingInt(Place::position).thenComparing(Place::username))
                .collect(Collectors.groupingBy(Place::queue, java.util.LinkedHashMap::new,
                        Collectors.mapping(Place::username, Collectors.toList())));
    }

    static BusinessHours hours(ScheduleEntity s) {
        Map<DayOfWeek, List<BusinessHours.Interval>> week = new EnumMap<>(DayOfWeek.class);
        s.intervals.stream().sorted(Comparator.comparing((ScheduleEntity.IntervalRow i) -> i.from))
                .forEach(i -> week.computeIfAbsent(DayOfWeek.of(i.dayOfWeek), d -> new ArrayList<>())
                        .add(new BusinessHours.Interval(i.from, i.to)));
        week.replaceAll((day, intervals) -> List.copyOf(intervals));
        return new BusinessHours(java.time.ZoneId.of(s.zone), Map.copyOf(week), java.util.Set.copyOf(s.holidays));
    }

    static QueueConfig queue(QueueEntity q, Map<String, BusinessHours> schedules) {
        return new QueueConfig(q.name, q.dids.keySet().stream().sorted().toList(), Strategy.valueOf(q.strategy),
                seconds(q.ringTimeout), seconds(q.retryDelay), seconds(q.wrapUp),
                Optional.ofNullable(q.maxWait).map(SnapshotLoader::seconds), Optional.ofNullable(q.maxLength),
                new Target(Target.Kind.valueOf(q.overflowKind), q.overflowValue), q.joinWhenNoAgents,
                q.leaveWhenNoAgents, q.mohClass, seconds(q.announceInterval), seconds(q.serviceLevel),
                SlFormula.valueOf(q.slFormula), seconds(q.shortAbandon), Map.copyOf(q.requiredSkills),
                Optional.ofNullable(q.skillRelaxAfter).map(SnapshotLoader::seconds), Map.copyOf(q.dids),
                Optional.ofNullable(q.priorityVariable), q.autoPauseAfterMisses, Optional.ofNullable(q.whisper),
                Optional.ofNullable(q.schedule).map(schedules::get),
                new Target(Target.Kind.valueOf(q.afterHoursKind), q.afterHoursValue));
    }

    static AgentConfig agent(UserAccount user, AgentEntity acd) {
        if (acd == null) {
            return new AgentConfig(user.username, user.endpoint, List.of(), Map.of());
        }
        return new AgentConfig(user.username, user.endpoint,
                acd.memberships.stream().map(m -> new AgentConfig.Membership(m.queue, m.penalty)).toList(),
                Map.copyOf(acd.skills));
    }

    private static Duration seconds(int seconds) {
        return Duration.ofSeconds(seconds);
    }
}
