package io.callcenter.acd.config;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link AcdDirectory} the runtime injects: delegates to the current {@link AcdSnapshot}, which {@link #reload()}
 * replaces atomically (readers never see half a change) and then announces with {@link AcdConfigChanged}.
 */
@ApplicationScoped
public class LiveAcdDirectory implements AcdDirectory {

    /** After the users and the demo seed (default priority 2500 + 100). */
    public static final int LOAD_PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 700;

    private final AtomicReference<AcdSnapshot> current = new AtomicReference<>();

    @Inject
    SnapshotLoader loader;

    @Inject
    Event<AcdConfigChanged> changed;

    void onStart(@Observes @Priority(LOAD_PRIORITY) StartupEvent event) {
        reload();
    }

    /**
     * Reads the committed configuration and swaps it in. Serialized, so the last reload always reflects the
     * newest commit; runs in its own transaction because it is called right after another one committed.
     */
    public synchronized AcdSnapshot reload() {
        AcdSnapshot snapshot = QuarkusTransaction.requiringNew().call(loader::load);
        current.set(snapshot);
        changed.fire(new AcdConfigChanged());
        return snapshot;
    }

    /** The snapshot in use (loaded on first use if a caller comes before the startup load). */
    public AcdSnapshot snapshot() {
        AcdSnapshot snapshot = current.get();
        return snapshot != null ? snapshot : reload();
    }

    @Override
    public Optional<QueueConfig> queueForDid(String did) {
        return snapshot().queueForDid(did);
    }

    @Override
    public Optional<QueueConfig> queue(String name) {
        return snapshot().queue(name);
    }

    @Override
    public List<QueueConfig> queues() {
        return snapshot().queues();
    }

    @Override
    public Optional<AgentConfig> agent(String username) {
        return snapshot().agent(username);
    }

    @Override
    public Optional<AgentConfig> agentByEndpoint(String endpoint) {
        return snapshot().agentByEndpoint(endpoint);
    }

    @Override
    public List<AgentConfig> agents() {
        return snapshot().agents();
    }

    @Override
    public List<String> members(String queue) {
        return snapshot().members(queue);
    }

    @Override
    public List<PauseReason> pauseReasons() {
        return snapshot().pauseReasons();
    }
}
