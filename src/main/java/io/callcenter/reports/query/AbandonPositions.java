package io.callcenter.reports.query;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Summable queue positions of abandoned callers at the moment they hung up (1 = first in line), a report-only figure
 * the wallboard does not show.
 *
 * @param count abandons with a known position
 * @param sum sum of the positions
 * @param max highest position
 * @param bins abandons at position 1, 2, 3, 4-5, 6-10, over 10 ({@link #LABELS})
 */
public record AbandonPositions(long count, long sum, long max, List<Long> bins) {

    /** Labels of the {@link #bins}. */
    public static final List<String> LABELS = List.of("1", "2", "3", "4-5", "6-10", ">10");
    /** Nothing. */
    public static final AbandonPositions NONE = new AbandonPositions(0, 0, 0, List.of(0L, 0L, 0L, 0L, 0L, 0L));

    public AbandonPositions {
        bins = List.copyOf(bins);
        if (bins.size() != LABELS.size()) {
            throw new IllegalArgumentException("need " + LABELS.size() + " bins, got " + bins.size());
        }
    }

    /** One abandon at this position. */
    public static AbandonPositions one(int position) {
        List<Long> b = new ArrayList<>(NONE.bins);
        b.set(bin(position), 1L);
        return new AbandonPositions(1, position, position, b);
    }

    /** The bin of a position: 1, 2, 3, 4-5, 6-10, over 10. */
    static int bin(int position) {
        if (position <= 3) {
            return Math.max(0, position - 1);
        }
        return position <= 5 ? 3 : position <= 10 ? 4 : 5;
    }

    /** Average position at abandon; empty without abandons. */
    public OptionalDouble average() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / count);
    }

    /** Field-wise sum (max of the maxima). */
    public AbandonPositions plus(AbandonPositions o) {
        List<Long> b = new ArrayList<>(bins.size());
        for (int i = 0; i < bins.size(); i++) {
            b.add(bins.get(i) + o.bins.get(i));
        }
        return new AbandonPositions(count + o.count, sum + o.sum, Math.max(max, o.max), b);
    }
}
