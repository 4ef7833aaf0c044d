package io.callcenter.reports.rollup;

import java.util.Arrays;
import java.util.List;

/**
 * The bucket of each rollup key (epoch second or epoch day) of a {@link BucketMap}, per rule group, looked up in
 * Java: a report reads every row of its range anyway, so it needs no join in SQL (which costs PostgreSQL a probe per
 * row and the driver ~9k-element arrays per group and read of a year of hours). Under a business-hours filter a row
 * whose hour the filter drops has no bucket in its group and is skipped as it arrives.
 */
final class KeyIndex {

    private final long[][] keys;
    private final int[][] buckets;

    private KeyIndex(long[][] keys, int[][] buckets) {
        this.keys = keys;
        this.buckets = buckets;
    }

    /** The index of a map with {@code groupCount} rule groups (1 without a filter). */
    static KeyIndex of(BucketMap map, int groupCount) {
        List<Long> k = map.keys();
        int[] count = new int[groupCount];
        map.groups().forEach(g -> count[g]++);
        long[][] keys = new long[groupCount][];
        int[][] buckets = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            keys[g] = new long[count[g]];
            buckets[g] = new int[count[g]];
        }
        int[] next = new int[groupCount];
        for (int i = 0; i < k.size(); i++) {
            int g = map.groups().get(i);
            int at = next[g]++;
            keys[g][at] = k.get(i);
            buckets[g][at] = map.indexes().get(i);
            if (at > 0 && keys[g][at] <= keys[g][at - 1]) {
                // BucketMap's builders walk time forward, so each group's keys ascend; the binary search needs it
                throw new IllegalStateException("bucket map keys of group " + g + " not ascending at " + i);
            }
        }
        return new KeyIndex(keys, buckets);
    }

    /** The bucket index of a key in a rule group, -1 when the group has none (outside the buckets or filtered). */
    int bucketOf(int group, long key) {
        int i = Arrays.binarySearch(keys[group], key);
        return i < 0 ? -1 : buckets[group][i];
    }
}
