package io.callcenter.wallboard.fold;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.metrics.QueueMetrics;
import io.callcenter.metrics.Thresholds;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.QueueTile;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.WaitingCaller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The one computation of a wallboard snapshot from a {@link Ledger} at an instant: live and time travel both call it.
 * Calls count in the window containing their enqueue instant, evaluated at the instant ({@code QueueStay}); agents
 * and waiting callers are those of the instant.
 */
public final class SnapshotFold {

    private final Instant at;
    private final TimeWindow window;
    private final Selection sel;
    private final List<Stayed> stays;
    private final List<AgentAt> agents;

    private SnapshotFold(Ledger ledger, Instant at, TimeWindow window, Selection sel) {
        this.at = at;
        this.window = window;
        this.sel = sel;
        this.stays = Stayed.all(ledger);
        Instant end = window.end().isAfter(at) ? at : window.end();
        this.agents = AgentAt.all(ledger, at, new TimeWindow(window.start(), end), sel);
    }

    /** The snapshot at {@code at} of the calls enqueued in {@code window}. */
    public static Snapshot snapshot(Ledger ledger, Instant at, Period period, TimeWindow window, Selection sel) {
        return ledger.read(l -> new SnapshotFold(l, at, window, sel).build(period));
    }

    private Snapshot build(Period period) {
        Map<String, QueueTile> tiles = new LinkedHashMap<>();
        List<WaitingCaller> waiting = new ArrayList<>();
        CallCounts total = CallCounts.ZERO;
        List<SlRules> shown = new ArrayList<>();
        for (QueueConfig q : sel.queues()) {
            CallCounts counts = counts(q);
            total = total.plus(counts);
            List<WaitingCaller> inQueue = WaitingList.of(stays, q.name(), at);
            waiting.addAll(inQueue);
            SlRules rules = TileRules.of(stays, q, window, at);
            shown.add(rules);
            tiles.put(q.name(), tile(q.name(), inQueue, QueueFigures.of(counts, rules.slFormula(),
                    Thresholds.of(rules, Thresholds.DEFAULT_EDGES)), Set.of(q.name())));
        }
        QueueTile overall = tile(QueueTile.OVERALL, waiting, OverallFigures.of(total, shown), sel.names());
        return new Snapshot(at, period, window, tiles, overall, AgentRows.of(agents, stays, sel.names(), window, at),
                waiting);
    }

    private CallCounts counts(QueueConfig q) {
        CallCounts sum = CallCounts.ZERO;
        for (Stayed s : stays) {
            if (s.stay().queue().equals(q.name()) && window.contains(s.stay().enqueuedAt())) {
                sum = sum.plus(s.contributionAt(at, q));
            }
        }
        return sum;
    }

    private QueueTile tile(String name, List<WaitingCaller> waiting, QueueFigures figures, Collection<String> qs) {
        OptionalLong longest = QueueMetrics.longestWaiting(waiting.stream()
                .map(w -> Instant.ofEpochMilli(w.enqueuedAtMs())).toList(), at)
                .map(d -> OptionalLong.of(d.toMillis())).orElse(OptionalLong.empty());
        Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
        AgentTime time = new AgentTime(Map.of(), Map.of());
        for (AgentAt a : agents) {
            if (a.loggedInTo(qs)) {
                byState.merge(a.current().state(), 1, Integer::sum);
            }
            if (a.countsFor(qs)) {
                time = time.plus(a.time());
            }
        }
        return new QueueTile(name, waiting.size(), longest, figures, byState, time, time.occupancy());
    }
}
