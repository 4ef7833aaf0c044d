package io.callcenter.acd;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one thread that owns every piece of ACD runtime state (calls, offers, agents). Events, timers, ARI results
 * and REST commands are all turned into tasks on it, so no agent can be double-booked whatever arrives in which
 * order, and no lock is needed anywhere in the runtime.
 */
@ApplicationScoped
public class AcdActor {

    private static final Logger LOG = Logger.getLogger(AcdActor.class);

    private final ScheduledExecutorService thread;
    private volatile Thread owner;

    public AcdActor() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "acd-actor");
            t.setDaemon(true);
            owner = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
    }

    /** Runs the task on the actor thread, after every task submitted before it. */
    public void run(Runnable task) {
        thread.execute(() -> safely(task));
    }

    /** Runs the task on the actor thread after a delay; cancel the returned future to drop it. */
    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        return thread.schedule(() -> safely(task), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Runs the function on the actor thread and waits for its answer (REST commands); 503 after the timeout. */
    public <T> T call(Supplier<T> function, Duration timeout) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(function, thread);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ProblemException(Problem.of("acd-busy", "ACD busy", 503, "The ACD did not answer in time"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether the caller runs on the actor thread (state may only be touched there). */
    public boolean onActor() {
        return Thread.currentThread() == owner;
    }

    private static void safely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // one broken task must not kill the only thread the ACD has; the failure is logged with its cause
            LOG.errorf(e, "ACD task failed");
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
