package io.callcenter.wallboard.engine;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.AgentConfig;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.Trend;
import io.callcenter.wallboard.figures.WallboardFigures;
import io.callcenter.wallboard.fold.Ledger;
import io.callcenter.wallboard.fold.Selection;
import io.callcenter.wallboard.fold.SnapshotFold;
import io.callcenter.wallboard.fold.TrendFold;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link WallboardFigures}: picks the rows (live ones for now, PostgreSQL's for a past instant) and runs the one
 * fold over them.
 */
@ApplicationScoped
public class WallboardEngine implements WallboardFigures {

    private final LiveLedger live;
    private final HistoryCache past;
    private final CentreConfig centre;
    private final AcdDirectory directory;

    WallboardEngine(LiveLedger live, HistoryCache past, CentreConfig centre, AcdDirectory directory) {
        this.live = live;
        this.past = past;
        this.centre = centre;
        this.directory = directory;
    }

    @Override
    public Snapshot live(Set<String> queues, Period period) {
        return at(Instant.now(), queues, period);
    }

    @Override
    public Snapshot at(Instant at, Set<String> queues, Period period) {
        TimeWindow window = period.window(at, centre.businessDay());
        return SnapshotFold.snapshot(rows(at, window), at, period, window, selection(queues));
    }

    @Override
    public Trend trend(Instant at, Set<String> queues, Period period) {
        TimeWindow window = period.window(at, centre.businessDay());
        return TrendFold.trend(rows(at, window), at, window, selection(queues));
    }

    /** The live rows for (about) now when they reach back to the window's start, else the window's stored rows. */
    private Ledger rows(Instant at, TimeWindow window) {
        if (!at.isBefore(Instant.now().minus(HistoryCache.SETTLE))) {
            LiveLedger.State s = live.started();
            if (!window.start().isBefore(s.horizon())) {
                return s.ledger();
            }
        }
        return past.ledger(window, at);
    }

    private Selection selection(Set<String> queues) {
        List<QueueConfig> selected = directory.queues().stream()
                .filter(q -> queues.isEmpty() || queues.contains(q.name())).toList();
        Map<String, List<String>> members = directory.agents().stream().collect(Collectors.toMap(
                AgentConfig::username, a -> a.memberships().stream().map(AgentConfig.Membership::queue).toList(),
                (a, b) -> a));
        return new Selection(selected, members);
    }
}
