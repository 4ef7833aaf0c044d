package io.callcenter.reports.rollup;

import java.util.Arrays;
import java.util.List;

/**
 * The bucket of each rollup key (epoch second or epoch day) of a {@link BucketMap} with one rule group, looked up in
 * Java: a report without a business-hours filter reads every row of its range, so it needs no join in SQL (which
 * costs PostgreSQL a probe per key and the driver ~9k-element arrays per read of a year of hours).
 */
final class KeyIndex {

    private final long[] keys;
    private final int[] buckets;

    private KeyIndex(long[] keys, int[] buckets) {
        this.keys = keys;
        this.buckets = buckets;
    }

    /** The index of a map of one group, or null when it has other groups (a filter: the join keeps it in SQL). */
    static KeyIndex of(BucketMap map) {
        List<Long> k = map.keys();
        long[] keys = new long[k.size()];
        int[] buckets = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (map.groups().get(i) != 0) {
                return null;
            }
            keys[i] = k.get(i);
            buckets[i] = map.indexes().get(i);
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] <= keys[i - 1]) {
                // BucketMap's builders walk time forward, so one group's keys ascend; the binary search needs it
                throw new IllegalStateException("bucket map keys not ascending at " + i);
            }
        }
        return new KeyIndex(keys, buckets);
    }

    /** The bucket index of a key, -1 when the map has none (a row outside the report's buckets). */
    int bucketOf(long key) {
        int i = Arrays.binarySearch(keys, key);
        return i < 0 ? -1 : buckets[i];
    }
}
