package io.callcenter.acd;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.acd.config.QueueConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ACD configuration as plain records, for runtime tests until the database-backed directory is merged
 * (then the tests configure through it instead and this class goes).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestAcdDirectory implements AcdDirectory {

    private final Map<String, QueueConfig> queues = new ConcurrentHashMap<>();
    private final List<AgentConfig> agents = new CopyOnWriteArrayList<>();

    public void put(QueueConfig q) {
        queues.put(q.name(), q);
    }

    public void put(AgentConfig a) {
        agents.removeIf(x -> x.username().equals(a.username()));
        agents.add(a);
    }

    @Override
    public Optional<QueueConfig> queueForDid(String did) {
        return queues.values().stream().filter(q -> q.dids().contains(did)).findFirst();
    }

    @Override
    public Optional<QueueConfig> queue(String name) {
        return Optional.ofNullable(queues.get(name));
    }

    @Override
    public List<QueueConfig> queues() {
        return new ArrayList<>(queues.values());
    }

    @Override
    public Optional<AgentConfig> agent(String username) {
        return agents.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<AgentConfig> agentByEndpoint(String endpoint) {
        return agents.stream().filter(a -> a.endpoint().equalsIgnoreCase(endpoint)).findFirst();
    }

    @Override
    public List<AgentConfig> agents() {
        return List.copyOf(agents);
    }

    @Override
    public List<PauseReason> pauseReasons() {
        return List.of(new PauseReason("break", "Break"), new PauseReason("lunch", "Lunch"));
    }
}
