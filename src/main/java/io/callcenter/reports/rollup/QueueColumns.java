package io.callcenter.reports.rollup;

import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.HandlingTotals;
import io.callcenter.metrics.Thresholds;
import io.callcenter.metrics.WaitHistogram;
import io.callcenter.metrics.WaitStats;
import io.callcenter.reports.query.AbandonPositions;
import java.util.ArrayList;
import java.util.List;

/** The columns of the queue rollup tables and how a {@link QueueCell} maps onto them (and back). */
final class QueueColumns {

    private static final List<String> STATS = List.of("ans", "ab", "sab", "to", "ov");
    /** Every value column, in {@link #values} order. */
    static final List<String> NAMES;
    /** Columns that keep the larger value instead of adding up. */
    static final List<String> MAXIMA;

    static {
        List<String> n = new ArrayList<>(List.of("offered"));
        List<String> m = new ArrayList<>();
        for (String s : STATS) {
            n.addAll(List.of(s + "_n", s + "_within", s + "_sum_ms", s + "_max_ms"));
            m.add(s + "_max_ms");
        }
        n.addAll(List.of("transferred", "after_hours", "handled", "talk_ms", "hold_ms", "wrap_ms"));
        for (String h : List.of("ans", "ab")) {
            for (int i = 0; i < 6; i++) {
                n.add(h + "_b" + i);
            }
        }
        n.addAll(List.of("pos_n", "pos_sum", "pos_max"));
        m.add("pos_max");
        for (int i = 0; i < 6; i++) {
            n.add("pos_b" + i);
        }
        NAMES = List.copyOf(n);
        MAXIMA = List.copyOf(m);
    }

    /** The values before the abandon positions: what the call counts need. */
    static final int COUNTS = NAMES.indexOf("pos_n");

    private static final WaitHistogram NO_WAITS = WaitHistogram.empty(Thresholds.DEFAULT_EDGES);

    private QueueColumns() {
    }

    static long[] values(QueueCell cell) {
        CallCounts c = cell.counts();
        List<Long> v = new ArrayList<>(NAMES.size());
        v.add(c.offered());
        for (WaitStats s : List.of(c.answered(), c.abandoned(), c.shortAbandoned(), c.timedOut(), c.overflowed())) {
            v.addAll(List.of(s.count(), s.within(), s.sumMs(), s.maxMs()));
        }
        HandlingTotals h = c.handling();
        v.addAll(List.of(c.transferred(), c.afterHours(), h.handled(), h.talkMs(), h.holdMs(), h.wrapMs()));
        v.addAll(bins(c.answeredWaits()));
        v.addAll(bins(c.abandonedWaits()));
        AbandonPositions p = cell.positions();
        v.addAll(List.of(p.count(), p.sum(), p.max()));
        v.addAll(p.bins());
        return v.stream().mapToLong(Long::longValue).toArray();
    }

    /** The cell from values in {@link #NAMES} order (without positions when only the {@link #COUNTS} are given). */
    static QueueCell cell(long[] v) {
        int i = 1;
        WaitStats[] s = new WaitStats[STATS.size()];
        for (int k = 0; k < s.length; k++, i += 4) {
            // the zero parts (most of a night hour's) shared: a year by hour keeps ~100k of these cells at once
            s[k] = (v[i] | v[i + 1] | v[i + 2] | v[i + 3]) == 0 ? WaitStats.NONE
                    : new WaitStats(v[i], v[i + 1], v[i + 2], v[i + 3]);
        }
        HandlingTotals h = (v[i + 2] | v[i + 3] | v[i + 4] | v[i + 5]) == 0 ? HandlingTotals.NONE
                : new HandlingTotals(v[i + 2], v[i + 3], v[i + 4], v[i + 5]);
        long transferred = v[i];
        long afterHours = v[i + 1];
        i += 6;
        WaitHistogram answered = histogram(v, i);
        WaitHistogram abandoned = histogram(v, i + 6);
        i += 12;
        CallCounts c = new CallCounts(v[0], s[0], s[1], s[2], s[3], s[4], transferred, afterHours, h, answered,
                abandoned);
        if (v.length == COUNTS) {
            return new QueueCell(c, AbandonPositions.NONE);
        }
        return new QueueCell(c, new AbandonPositions(v[i], v[i + 1], v[i + 2], six(v, i + 3)));
    }

    private static List<Long> bins(WaitHistogram h) {
        if (h.total() == 0) {
            return List.of(0L, 0L, 0L, 0L, 0L, 0L);
        }
        if (!h.edges().equals(Thresholds.DEFAULT_EDGES)) {
            throw new IllegalStateException("rollups keep waits over the default edges only, got " + h.edges());
        }
        return h.bins();
    }

    private static WaitHistogram histogram(long[] v, int from) {
        if ((v[from] | v[from + 1] | v[from + 2] | v[from + 3] | v[from + 4] | v[from + 5]) == 0) {
            return NO_WAITS;
        }
        return new WaitHistogram(Thresholds.DEFAULT_EDGES, six(v, from));
    }

    /** Six bins from {@code from} on, as the immutable list the records keep (so they need not copy it). */
    private static List<Long> six(long[] v, int from) {
        return List.of(v[from], v[from + 1], v[from + 2], v[from + 3], v[from + 4], v[from + 5]);
    }
}
