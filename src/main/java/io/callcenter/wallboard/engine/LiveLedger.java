package io.callcenter.wallboard.engine;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.BusinessDay;
import io.callcenter.wallboard.fold.Ledger;
import io.callcenter.wallboard.figures.WallboardChanged;
import io.callcenter.wallboard.history.AgentQueuesRow;
import io.callcenter.wallboard.history.AgentStateRow;
import io.callcenter.wallboard.history.History;
import io.callcenter.wallboard.history.HistoryLoader;
import io.callcenter.wallboard.history.StepRow;
import io.callcenter.wallboard.history.TailCursor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The live rows: loaded from PostgreSQL on first use (after a restart: the same rows as before it), then tailed
 * every poll interval on its own thread; rebuilt when a new business day starts. Announces changes, coalesced.
 */
@ApplicationScoped
public class LiveLedger {

    private static final Logger LOG = Logger.getLogger(LiveLedger.class);

    /** The live rows since {@code horizon}, the business day they were loaded on, and the tail positions. */
    public record State(Ledger ledger, Instant horizon, LocalDate day, TailCursor steps, TailCursor states,
            TailCursor queues) {
    }

    private final HistoryLoader loader;
    private final CentreConfig centre;
    private final WallboardEngineConfig config;
    private final AcdDirectory directory;
    private final Event<WallboardChanged> events;
    private final ChangeCoalescer changes;
    private volatile State state;
    private ScheduledExecutorService thread;

    LiveLedger(HistoryLoader loader, CentreConfig centre, WallboardEngineConfig config, AcdDirectory directory,
            Event<WallboardChanged> events) {
        this.loader = loader;
        this.centre = centre;
        this.config = config;
        this.directory = directory;
        this.events = events;
        this.changes = new ChangeCoalescer(config.pushInterval(), config.urgentPushInterval());
    }

    /** The live state, loading it and starting the tail on first use. */
    public State started() {
        State s = state;
        return s != null ? s : start();
    }

    private synchronized State start() {
        if (state == null) {
            state = load(Instant.now());
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wallboard-live");
                t.setDaemon(true);
                return t;
            });
            long every = config.pollInterval().toMillis();
            thread.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
        }
        return state;
    }

    /** Forgets the live rows and loads them again from PostgreSQL, exactly as a restarted backend does. */
    public synchronized State rebuild() {
        state = load(Instant.now());
        return state;
    }

    private State load(Instant now) {
        BusinessDay day = centre.businessDay();
        Instant dayStart = day.containing(now).start();
        Instant back = now.minus(config.liveHistory());
        Instant horizon = back.isBefore(dayStart) ? back : dayStart;
        List<String> agents = directory.agents().stream().map(AgentConfig::username).toList();
        History h = loader.load(horizon, HistoryLoader.OPEN_END, agents);
        Ledger ledger = new Ledger();
        ledger.apply(h);
        return new State(ledger, horizon, day.dateOf(now),
                cursor(h.steps().stream().map(StepRow::id).toList()),
                cursor(h.states().stream().map(AgentStateRow::id).toList()),
                cursor(h.agentQueues().stream().map(AgentQueuesRow::id).toList()));
    }

    /** Rows written while the load ran may carry lower ids than loaded ones: start a little below the highest. */
    private TailCursor cursor(List<Long> loaded) {
        long max = loaded.stream().mapToLong(Long::longValue).max().orElse(0);
        return new TailCursor(Math.max(0, max - 1000), loaded, config.gapTimeout());
    }

    private synchronized void poll() {
        Instant now = Instant.now();
        try {
            if (!centre.businessDay().dateOf(now).equals(state.day())) {
                state = load(now);
                changes.changed(null, false);
            } else {
                tail(now);
            }
        } catch (IllegalStateException e) {
            // database away: the live rows stay as they are and the next poll tries again
            LOG.warnf("Wallboard: live history not updated: %s", e.getMessage());
        }
        changes.due(now).ifPresent(events::fireAsync);
    }

    private void tail(Instant now) {
        State s = state;
        History got = loader.tail(s.steps(), s.states(), s.queues());
        History fresh = new History(got.steps().stream().filter(r -> s.steps().accept(r.id())).toList(),
                got.states().stream().filter(r -> s.states().accept(r.id())).toList(),
                got.agentQueues().stream().filter(r -> s.queues().accept(r.id())).toList());
        s.steps().advance(now);
        s.states().advance(now);
        s.queues().advance(now);
        if (fresh.isEmpty()) {
            return;
        }
        s.ledger().apply(fresh);
        fresh.steps().forEach(r -> changes.changed(r.queue(), "enqueue".equals(r.kind())
                || "transfer".equals(r.kind()) && r.detail() != null && r.detail().startsWith("queue ")));
        fresh.states().forEach(r -> changes.changed(r.queue(), false));
        fresh.agentQueues().forEach(r -> changes.changed(null, false));
    }

    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
