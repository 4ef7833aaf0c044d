package io.callcenter.acd.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One immutable, consistent state of the ACD configuration with its lookup maps built once. */
public final class AcdSnapshot implements AcdDirectory {

    private final Map<String, QueueConfig> queues = new LinkedHashMap<>();
    private final Map<String, QueueConfig> byDid = new LinkedHashMap<>();
    private final Map<String, AgentConfig> agents = new LinkedHashMap<>();
    private final Map<String, AgentConfig> byEndpoint = new LinkedHashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final List<PauseReason> pauseReasons;

    /** With every queue's members ordered by username (when no explicit order is known). */
    public AcdSnapshot(List<QueueConfig> queues, List<AgentConfig> agents, List<PauseReason> pauseReasons) {
        this(queues, agents, pauseReasons, Map.of());
    }

    /**
     * @param memberOrder queue → usernames of its members in the queue's order; members missing there come after
     *        them, by username
     */
    public AcdSnapshot(List<QueueConfig> queues, List<AgentConfig> agents, List<PauseReason> pauseReasons,
            Map<String, List<String>> memberOrder) {
        queues.stream().sorted(Comparator.comparing(QueueConfig::name)).forEach(q -> {
            this.queues.put(q.name(), q);
            q.dids().forEach(did -> byDid.put(did, q));
        });
        agents.stream().sorted(Comparator.comparing(AgentConfig::username)).forEach(a -> {
            this.agents.put(a.username(), a);
            byEndpoint.put(a.endpoint().toLowerCase(Locale.ROOT), a);
        });
        this.pauseReasons = List.copyOf(pauseReasons);
        memberOrder.forEach((queue, usernames) -> usernames.stream().filter(this.agents::containsKey)
                .forEach(u -> this.members.computeIfAbsent(queue, q -> new ArrayList<>()).add(u)));
        this.agents.values().forEach(a -> a.memberships().forEach(m -> {
            List<String> list = this.members.computeIfAbsent(m.queue(), q -> new ArrayList<>());
            if (!list.contains(a.username())) {
                list.add(a.username());
            }
        }));
        this.members.replaceAll((queue, list) -> List.copyOf(list));
    }

    /** An empty configuration (before the first load). */
    public static AcdSnapshot empty() {
        return new AcdSnapshot(List.of(), List.of(), List.of());
    }

    @Override
    public Optional<QueueConfig> queueForDid(String did) {
        return Optional.ofNullable(did == null ? null : byDid.get(did));
    }

    @Override
    public Optional<QueueConfig> queue(String name) {
        return Optional.ofNullable(name == null ? null : queues.get(name));
    }

    @Override
    public List<QueueConfig> queues() {
        return List.copyOf(queues.values());
    }

    @Override
    public Optional<AgentConfig> agent(String username) {
        return Optional.ofNullable(username == null ? null : agents.get(username));
    }

    @Override
    public Optional<AgentConfig> agentByEndpoint(String endpoint) {
        return Optional.ofNullable(endpoint == null ? null : byEndpoint.get(endpoint.toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<AgentConfig> agents() {
        return List.copyOf(agents.values());
    }

    @Override
    public List<String> members(String queue) {
        return members.getOrDefault(queue, List.of());
    }

    @Override
    public List<PauseReason> pauseReasons() {
        return pauseReasons;
    }
}
