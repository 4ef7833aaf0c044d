package io.callcenter.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summable distribution of waits over fixed edges: bin {@code i} holds waits with {@code edge[i-1] < wait <= edge[i]},
 * the last bin waits {@code > } the last edge (same "≤ is within" rule as the service level).
 *
 * @param edges upper edges, strictly increasing
 * @param bins call counts, one more than edges
 */
public record WaitHistogram(List<Duration> edges, List<Long> bins) {

    public WaitHistogram {
        edges = List.copyOf(edges);
        bins = List.copyOf(bins);
        if (edges != Thresholds.DEFAULT_EDGES) {
            // the rollups' histograms (~100k per report) all use the default edges, checked once as a constant
            requireIncreasing(edges);
        }
        if (bins.size() != edges.size() + 1) {
            throw new IllegalArgumentException("need " + (edges.size() + 1) + " bins, got " + bins.size());
        }
    }

    /** All bins zero. */
    public static WaitHistogram empty(List<Duration> edges) {
        return new WaitHistogram(edges, Collections.nCopies(edges.size() + 1, 0L));
    }

    /** One wait counted into its bin. */
    public static WaitHistogram one(List<Duration> edges, Duration wait) {
        int bin = 0;
        while (bin < edges.size() && wait.compareTo(edges.get(bin)) > 0) {
            bin++;
        }
        List<Long> bins = new ArrayList<>(Collections.nCopies(edges.size() + 1, 0L));
        bins.set(bin, 1L);
        return new WaitHistogram(edges, bins);
    }

    /** No edges, no calls: the neutral element of {@link #plus}, whatever the other's edges. */
    public static final WaitHistogram NONE = empty(List.of());

    /**
     * Bin-wise sum. Both must have the same edges (summing different bucketings has no meaning), except that a
     * histogram without calls adds nothing to any other.
     */
    public WaitHistogram plus(WaitHistogram o) {
        if (o.total() == 0 && (total() > 0 || o.edges.isEmpty())) {
            return this;
        }
        if (total() == 0) {
            return o;
        }
        if (!edges.equals(o.edges)) {
            throw new IllegalArgumentException("different wait edges: " + edges + " vs " + o.edges);
        }
        List<Long> sum = new ArrayList<>(bins.size());
        for (int i = 0; i < bins.size(); i++) {
            sum.add(bins.get(i) + o.bins.get(i));
        }
        return new WaitHistogram(edges, sum);
    }

    /** Calls with {@code wait <= edge}, edge one of the {@link #edges()} (cumulative distribution); 0 without calls. */
    public long within(Duration edge) {
        int index = edges.indexOf(edge);
        if (index < 0) {
            if (total() == 0) {
                return 0;
            }
            throw new IllegalArgumentException(edge + " is not one of the edges " + edges);
        }
        // plain loops: reports call this for every row of up to ~100k rows
        long sum = 0;
        for (int i = 0; i <= index; i++) {
            sum += bins.get(i);
        }
        return sum;
    }

    /** Calls counted in all bins. */
    public long total() {
        long sum = 0;
        for (Long b : bins) {
            sum += b;
        }
        return sum;
    }

    /** Equal bins over equal edges; any two histograms without calls are equal (edges then carry no information). */
    @Override
    public boolean equals(Object o) {
        return o instanceof WaitHistogram h
                && (total() == 0 && h.total() == 0 || edges.equals(h.edges) && bins.equals(h.bins));
    }

    @Override
    public int hashCode() {
        return total() == 0 ? 0 : 31 * edges.hashCode() + bins.hashCode();
    }

    static void requireIncreasing(List<Duration> edges) {
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i).isNegative() || i > 0 && edges.get(i).compareTo(edges.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("wait edges must be non-negative and strictly increasing: " + edges);
            }
        }
    }
}
