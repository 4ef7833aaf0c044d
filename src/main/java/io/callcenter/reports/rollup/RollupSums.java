package io.callcenter.reports.rollup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rollup values summed per name and bucket index as rows stream in (maxima kept), in plain arrays: a report of
 * ~100k rows is summed without building an object per rollup row.
 */
final class RollupSums {

    private static final VarHandle INT8 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final boolean[] maxima;
    private final int bucketCount;
    private final Map<String, long[][]> rows = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, Long>>> pauses = new HashMap<>();

    RollupSums(boolean[] maxima, int bucketCount) {
        this.maxima = maxima;
        this.bucketCount = bucketCount;
    }

    /** The values of a name in a bucket, zero until added to (present from then on). */
    long[] row(String name, int bucket) {
        long[][] byBucket = rows.computeIfAbsent(name, k -> new long[bucketCount][]);
        long[] v = byBucket[bucket];
        if (v == null) {
            v = new long[maxima.length];
            byBucket[bucket] = v;
        }
        return v;
    }

    /** Adds a row's packed values (V100: big-endian int8s in column order). */
    void addPacked(long[] row, byte[] packed) {
        for (int k = 0; k < maxima.length; k++) {
            add(row, k, (long) INT8.get(packed, k * Long.BYTES));
        }
    }

    /** Adds one value (or keeps the larger one, for a maximum column). */
    void add(long[] row, int column, long value) {
        row[column] = maxima[column] ? Math.max(row[column], value) : row[column] + value;
    }

    void addPause(String name, int bucket, String reason, long ms) {
        pauses.computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(bucket, k -> new TreeMap<>())
                .merge(reason, ms, Long::sum);
    }

    /** Adds another part of the same report (the other half of its period). */
    void addAll(RollupSums o) {
        o.rows.forEach((name, byBucket) -> {
            for (int b = 0; b < byBucket.length; b++) {
                if (byBucket[b] != null) {
                    long[] into = row(name, b);
                    for (int k = 0; k < maxima.length; k++) {
                        add(into, k, byBucket[b][k]);
                    }
                }
            }
        });
        o.pauses.forEach((name, byBucket) -> byBucket.forEach((b, reasons) -> reasons.forEach((reason, ms) ->
                addPause(name, b, reason, ms))));
    }

    Map<String, long[][]> rows() {
        return rows;
    }

    /** Pause ms per reason of a name in a bucket (empty when none). */
    Map<String, Long> pauses(String name, int bucket) {
        return pauses.getOrDefault(name, Map.of()).getOrDefault(bucket, Map.of());
    }

    /** The sum over every bucket of a name's values (null when it has none). */
    long[] total(String name) {
        long[] sum = null;
        for (long[] v : rows.getOrDefault(name, new long[0][])) {
            if (v != null) {
                sum = sum == null ? new long[maxima.length] : sum;
                for (int k = 0; k < maxima.length; k++) {
                    add(sum, k, v[k]);
                }
            }
        }
        return sum;
    }
}
