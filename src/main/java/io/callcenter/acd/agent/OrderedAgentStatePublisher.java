package io.callcenter.acd.agent;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The {@link AgentStatePublisher}: each agent's transitions form a chain run on a small shared pool, so one agent's
 * changes are stored and signalled in the order they were decided while {@link #publish} returns at once. A failure
 * of the database or of ARI is counted and logged and never stops the chain.
 */
@ApplicationScoped
public class OrderedAgentStatePublisher implements AgentStatePublisher {

    private static final Logger LOG = Logger.getLogger(OrderedAgentStatePublisher.class);

    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private ExecutorService pool;

    @Inject
    AgentPublishConfig config;

    @Inject
    AgentStateStore store;

    @Inject
    AriAgentSignals signals;

    @Inject
    PublishMetrics metrics;

    @Override
    public void publish(AgentTransition transition) {
        ExecutorService executor = pool();
        tails.compute(transition.username(), (agent, tail) -> (tail == null ? CompletableFuture.<Void>completedFuture(null)
                : tail).thenRunAsync(() -> run(transition), executor).exceptionally(failure -> {
                    // a failed link would stop every later transition of this agent: count it, keep the chain alive
                    metrics.failed("unexpected");
                    LOG.errorf(failure, "Agent %s transition to %s not published", agent, transition.to());
                    return null;
                }));
    }

    /** Completes when every transition published so far for this agent is done (tests, shutdown). */
    public CompletableFuture<Void> drained(String username) {
        return tails.getOrDefault(username, CompletableFuture.completedFuture(null));
    }

    private void run(AgentTransition t) {
        try {
            store.record(t);
        } catch (PersistenceException | QuarkusTransactionException failure) {
            // the device state and user event still go out: phones and wallboards must not lag behind
            metrics.failed("db");
            LOG.errorf("Agent %s transition %s -> %s not stored: %s", t.username(), t.from(), t.to(),
                    failure.getMessage());
        }
        signals.send(t);
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(config.threads(), r -> {
                Thread thread = new Thread(r, "agent-state-publisher");
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        if (pool != null) {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
