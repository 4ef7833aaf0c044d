package io.callcenter.wallboard.engine;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.wallboard.fold.Ledger;
import io.callcenter.wallboard.history.HistoryLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ledgers of past windows loaded from PostgreSQL, kept for a few windows so playback (the same window at advancing
 * instants) does not reload it each step. A ledger answers for instants up to shortly before it was loaded.
 */
@ApplicationScoped
public class HistoryCache {

    /** Rows of the last moments before a load may still be on their way to the database. */
    static final Duration SETTLE = Duration.ofSeconds(2);
    private static final int SIZE = 4;

    private record Loaded(Ledger ledger, Instant loadedAt) {
    }

    private final HistoryLoader loader;
    private final AcdDirectory directory;
    private final Map<TimeWindow, Loaded> loaded = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TimeWindow, Loaded> eldest) {
            return size() > SIZE;
        }
    };

    HistoryCache(HistoryLoader loader, AcdDirectory directory) {
        this.loader = loader;
        this.directory = directory;
    }

    /** The rows of the window from its start up to its end, able to answer for {@code at}. */
    public synchronized Ledger ledger(TimeWindow window, Instant at) {
        Loaded l = loaded.get(window);
        if (l == null || at.isAfter(l.loadedAt().minus(SETTLE))) {
            Instant now = Instant.now();
            Ledger ledger = new Ledger();
            ledger.apply(loader.load(window.start(), window.end(),
                    directory.agents().stream().map(AgentConfig::username).toList()));
            l = new Loaded(ledger, now);
            loaded.put(window, l);
        }
        return l.ledger();
    }
}
