package io.callcenter.wallboard.push;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.wallboard.config.Layout;
import io.callcenter.wallboard.config.ThresholdRule;
import io.callcenter.wallboard.config.Widget;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.Trend;
import io.callcenter.wallboard.figures.WallboardFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A wallboard layout's figures from the metric engine, live or at a past instant: the one path REST, push, time travel
 * and kiosks share. Without an engine in the build it refuses with 503 rather than showing made-up numbers.
 */
@ApplicationScoped
public class BoardFigures {

    @Inject
    Instance<WallboardFigures> engine;
    @Inject
    AcdDirectory directory;

    /** Whether the metric engine is present (a push without it would only ever say "unavailable"). */
    public boolean available() {
        return engine.isResolvable();
    }

    /** The live figures of this layout. */
    public FiguresView live(Layout layout) {
        WallboardFigures figures = require();
        Set<String> queues = queues(layout);
        Period period = period(layout);
        Snapshot s = figures.live(queues, period);
        return FiguresView.of(s, true, wantsTrend(layout) ? figures.trend(s.at(), queues, period) : null, null);
    }

    /**
     * The figures as they were at {@code at} (time travel, playback), with the thresholds in force then
     * ({@link io.callcenter.wallboard.config.WallboardService#thresholdsAt}).
     */
    public FiguresView at(Layout layout, Instant at, List<ThresholdRule> thresholdsThen) {
        WallboardFigures figures = require();
        Set<String> queues = queues(layout);
        Period period = period(layout);
        Snapshot s = figures.at(at, queues, period);
        Trend trend = wantsTrend(layout) ? figures.trend(at, queues, period) : null;
        return FiguresView.of(s, false, trend, thresholdsThen);
    }

    /**
     * The layout's queues that still exist. The engine reads an empty set as "every queue", so a wallboard whose
     * queues were all deleted must be refused, not shown as the whole centre.
     */
    private Set<String> queues(Layout layout) {
        Set<String> existing = new LinkedHashSet<>(layout.queues());
        existing.removeIf(q -> directory.queue(q).isEmpty());
        if (existing.isEmpty()) {
            throw ProblemException.conflict("wallboard-queues-gone", "Queues gone",
                    "None of this wallboard's queues exists any more: edit its layout");
        }
        return existing;
    }

    static Period period(Layout layout) {
        return layout.slidingMinutes() == null ? Period.businessDay()
                : Period.sliding(Duration.ofMinutes(layout.slidingMinutes()));
    }

    private static boolean wantsTrend(Layout layout) {
        return layout.widgets().stream().anyMatch(w -> Widget.SPARKLINE.equals(w.kind()));
    }

    private WallboardFigures require() {
        if (!engine.isResolvable()) {
            throw new ProblemException(Problem.of("figures-unavailable", "Service Unavailable", 503,
                    "The wallboard metric engine is not part of this build"));
        }
        return engine.get();
    }
}
