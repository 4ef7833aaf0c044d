package io.callcenter.metrics;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map from distribution edges (in edge order) to ratios, kept as the shared edge list and one array:
 * a report of ~100k rows keeps one per row, a {@code LinkedHashMap} would be a dozen objects each.
 */
final class EdgeRatios extends AbstractMap<Duration, Ratio> {

    private final List<Duration> edges;
    private final Ratio[] ratios;

    /**
     * {@code ratios[i]} is the ratio of {@code edges.get(i)}; edges are distinct (strictly increasing) and unmodifiable
     * ({@link Thresholds#bucketEdges()}): not copied, as copying them was a tenth of a year-by-hour report's figures.
     */
    EdgeRatios(List<Duration> edges, Ratio[] ratios) {
        if (edges.size() != ratios.length) {
            throw new IllegalArgumentException(edges.size() + " edges, " + ratios.length + " ratios");
        }
        this.edges = edges;
        this.ratios = ratios;
    }

    @Override
    public int size() {
        return ratios.length;
    }

    @Override
    public Ratio get(Object key) {
        int i = edges.indexOf(key);
        return i < 0 ? null : ratios[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return edges.contains(key);
    }

    @Override
    public Set<Map.Entry<Duration, Ratio>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return ratios.length;
            }

            @Override
            public Iterator<Map.Entry<Duration, Ratio>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < ratios.length;
                    }

                    @Override
                    public Map.Entry<Duration, Ratio> next() {
                        if (next >= ratios.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(edges.get(i), ratios[i]);
                    }
                };
            }
        };
    }
}
