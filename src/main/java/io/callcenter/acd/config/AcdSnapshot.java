package io.callcenter.acd.config;

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
    private final List<PauseReason> pauseReasons;

    public AcdSnapshot(List<QueueConfig> queues, List<AgentConfig> agents, List<PauseReason> pauseReasons) {
        queues.stream().sorted(Comparator.comparing(QueueConfig::name)).forEach(q -> {
            this.queues.put(q.name(), q);
            q.dids().forEach(did -> byDid.put(did, q));
        });
        agents.stream().sorted(Comparator.comparing(AgentConfig::username)).forEach(a -> {
            this.agents.put(a.username(), a);
            byEndpoint.put(a.endpoint().toLowerCase(Locale.ROOT), a);
        });
        this.pauseReasons = List.copyOf(pauseReasons);
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
    public List<PauseReason> pauseReasons() {
        return pauseReasons;
    }
}
