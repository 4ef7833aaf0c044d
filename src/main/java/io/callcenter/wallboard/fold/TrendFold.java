package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.ReportInterval;
import io.callcenter.metrics.ServiceLevel;
import io.callcenter.metrics.TimeWindow;
import io.callcenter.wallboard.figures.Trend;
import io.callcenter.wallboard.figures.TrendPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparkline series: the window up to the instant cut into the report rollup's quarter hours, each bucket's calls
 * (by enqueue instant) counted as known at the instant, plus the callers waiting at each bucket's end.
 */
public final class TrendFold {

    public static final Duration BUCKET = Duration.ofMinutes(15);

    private TrendFold() {
    }

    public static Trend trend(Ledger ledger, Instant at, TimeWindow window, Selection sel) {
        return ledger.read(l -> build(Stayed.all(l), at, window, sel));
    }

    private static Trend build(List<Stayed> stays, Instant at, TimeWindow window, Selection sel) {
        List<TimeWindow> buckets = buckets(window, at);
        // each queue's series uses the rules its tile shows at the instant, so a sparkline matches its tile
        Map<String, SlRules> rules = new LinkedHashMap<>();
        sel.queues().forEach(q -> rules.put(q.name(), TileRules.of(stays, q, window, at)));
        List<SlRules> shown = List.copyOf(rules.values());
        Map<String, List<TrendPoint>> byQueue = new LinkedHashMap<>();
        List<TrendPoint> overall = new ArrayList<>();
        for (TimeWindow b : buckets) {
            CallCounts total = CallCounts.ZERO;
            int waiting = 0;
            Instant end = b.end().isAfter(at) ? at : b.end();
            for (QueueConfig q : sel.queues()) {
                CallCounts c = CallCounts.ZERO;
                for (Stayed s : stays) {
                    if (s.stay().queue().equals(q.name()) && b.contains(s.stay().enqueuedAt())) {
                        c = c.plus(s.contributionAt(at, q));
                    }
                }
                int w = WaitingList.count(stays, q.name(), end);
                byQueue.computeIfAbsent(q.name(), k -> new ArrayList<>())
                        .add(point(b, end, c, ServiceLevel.of(rules.get(q.name()).slFormula(), c), w));
                total = total.plus(c);
                waiting += w;
            }
            overall.add(point(b, end, total, OverallFigures.of(total, shown).serviceLevel(), waiting));
        }
        return new Trend(at, BUCKET, byQueue, overall);
    }

    private static TrendPoint point(TimeWindow b, Instant end, CallCounts c, io.callcenter.metrics.Ratio sl, int w) {
        return new TrendPoint(b.start().toEpochMilli(), end.toEpochMilli(), c.offered(), c.answered().count(),
                c.abandoned().count(), sl, w);
    }

    /** Quarter hours from the window's start up to the instant, the first and last clipped to them. */
    static List<TimeWindow> buckets(TimeWindow window, Instant at) {
        Instant end = window.end().isAfter(at) ? at : window.end();
        List<TimeWindow> out = new ArrayList<>();
        Instant from = window.start();
        while (from.isBefore(end)) {
            Instant to = ReportInterval.QUARTER_HOUR.containing(from, null).end();
            to = to.isAfter(window.end()) ? window.end() : to;
            out.add(new TimeWindow(from, to));
            from = to;
        }
        return out;
    }
}
