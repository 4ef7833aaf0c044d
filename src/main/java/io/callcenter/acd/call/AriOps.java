package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.ari.client.AriException;
import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Sends the ACD's ARI commands on threads of its own, never on the event or actor thread. Commands of one call are
 * chained so they reach Asterisk in order; a failure is handed back to the actor, where the call flow decides.
 */
@ApplicationScoped
public class AriOps {

    private static final Logger LOG = Logger.getLogger(AriOps.class);

    /** One ARI command (or a short sequence) against a server's REST client. */
    @FunctionalInterface
    interface Step {
        void run(AriApi ari);
    }

    private final AriConnections connections;
    private final AcdActor actor;
    private final ExecutorService pool;

    AriOps(AriConnections connections, AcdActor actor, AcdConfig config) {
        this.connections = connections;
        this.actor = actor;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.ariThreads(), r -> {
            Thread t = new Thread(r, "acd-ari-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The Stasis app name of a server (originates come back into it). */
    String app(String server) {
        return connections.status().stream().filter(s -> s.server().equals(server)).findFirst()
                .map(AriConnections.ServerStatus::app).orElse("callcenter");
    }

    /** Appends a command to the call's chain (actor thread); skipped if the call has ended by the time it is due. */
    void chain(AcdCall call, String what, Step step, Consumer<AriException> onFailure) {
        call.commands = call.commands.thenRunAsync(() -> {
            if (call.phase != AcdCall.Phase.ENDED) {
                execute(call.server, what, step, onFailure);
            }
        }, pool);
    }

    /**
     * Appends a command whose outcome a REST caller waits for (agent desk): {@code onSuccess} or {@code onFailure}
     * runs on the actor, then the returned future completes (exceptionally with the {@link AriException}; 409 when
     * the call ended before the command was due).
     */
    CompletableFuture<Void> chainAwaited(AcdCall call, String what, Step step, Runnable onSuccess,
            Consumer<AriException> onFailure) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        call.commands = call.commands.thenRunAsync(() -> {
            AriException failure = call.phase == AcdCall.Phase.ENDED ? new AriException(409, "the call has ended")
                    : attempt(call.server, step);
            if (failure != null) {
                LOG.debugf("ACD %s failed: %s", what, failure.getMessage());
            }
            actor.run(() -> {
                try {
                    if (failure == null) {
                        onSuccess.run();
                    } else {
                        onFailure.accept(failure);
                    }
                } finally {
                    if (failure == null) {
                        done.complete(null);
                    } else {
                        done.completeExceptionally(failure);
                    }
                }
            });
        }, pool);
        return done;
    }

    /** Appends a clean-up command (hangup, bridge destroy): sent even after the call ended, after the others. */
    void chainCleanup(AcdCall call, String what, Step step) {
        call.commands = call.commands.thenRunAsync(() -> execute(call.server, what, step, ignoreGone(what)), pool);
    }

    /** Sends a command that needs no ordering with the call's others. */
    void send(String server, String what, Step step, Consumer<AriException> onFailure) {
        CompletableFuture.runAsync(() -> execute(server, what, step, onFailure), pool);
    }

    /** Logs the failure; for commands whose failure changes nothing (the object is already gone). */
    static Consumer<AriException> ignoreGone(String what) {
        return e -> {
            if (e.status() == 404 || e.status() == 422 || e.status() == 409) {
                LOG.debugf("ACD %s: %s (already gone)", what, e.getMessage());
            } else {
                LOG.warnf("ACD %s failed: %d %s", what, e.status(), e.getMessage());
            }
        };
    }

    private void execute(String server, String what, Step step, Consumer<AriException> onFailure) {
        AriException failure = attempt(server, step);
        if (failure != null) {
            actor.run(() -> onFailure.accept(failure));
        }
    }

    /** Runs the step; null when it worked, else what went wrong. */
    private AriException attempt(String server, Step step) {
        try {
            AriApi ari = connections.client(server)
                    .orElseThrow(() -> new AriException(503, "server " + server + " not connected"));
            step.run(ari);
            return null;
        } catch (AriException e) {
            return e;
        } catch (jakarta.ws.rs.ProcessingException e) {
            if (e.getCause() instanceof AriException ari) {
                return ari;
            }
            return new AriException(503, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // transport failures (connection refused, timeout) reach the call flow like an ARI error
            return new AriException(503, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
