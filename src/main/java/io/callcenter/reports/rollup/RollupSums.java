package io.callcenter.reports.rollup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rollup values summed per name and bucket index as rows stream in (maxima kept), in one flat array per name (and
 * per pause reason): a report of ~100k rows is summed without an object per rollup row, and the few large arrays are
 * not copied around by the garbage collector the way ~100k small ones would be. A name's array holds only the
 * buckets it has rows in (a half of a year by hour reads half the buckets: a dense array over every bucket would be
 * ~40 MB per half, zeroed, merged and copied for nothing).
 */
final class RollupSums {

    private static final VarHandle INT8 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final boolean[] maxima;
    private final int width;
    private final int bucketCount;
    private final Map<String, Values> rows = new HashMap<>();
    private final Map<String, Pauses> pauses = new HashMap<>();

    /** A name's values: bucket {@code b}'s at {@code [slot[b] * width, (slot[b] + 1) * width)}; slot -1 is none. */
    private static final class Values {
        final int[] slot;
        long[] v;
        int used;

        Values(int bucketCount, int width) {
            slot = new int[bucketCount];
            Arrays.fill(slot, -1);
            v = new long[Math.min(bucketCount, 64) * width];
        }

        /** The offset of bucket {@code b}'s values, made (zero) on first use. */
        int at(int b, int width) {
            int s = slot[b];
            if (s < 0) {
                s = used++;
                slot[b] = s;
                if (used * width > v.length) {
                    v = Arrays.copyOf(v, Math.min(slot.length, used * 2) * width);
                }
            }
            return s * width;
        }
    }

    /** A name's pause ms per reason (in first-seen order) and bucket. */
    private record Pauses(List<String> reasons, List<long[]> ms, List<boolean[]> present) {
    }

    RollupSums(boolean[] maxima, int bucketCount) {
        this.maxima = maxima;
        this.width = maxima.length;
        this.bucketCount = bucketCount;
    }

    /** Value {@code k} of two rows together: the larger for a maximum column, else the sum. */
    private long combine(int k, long a, long b) {
        return maxima[k] ? Math.max(a, b) : a + b;
    }

    private Values values(String name) {
        Values s = rows.get(name);
        if (s == null) {
            s = new Values(bucketCount, width);
            rows.put(name, s);
        }
        return s;
    }

    /**
     * Adds a row's packed values (V100: big-endian int8s in column order); a packed value holds more than
     * {@code width} values when the report leaves the last columns unread (the abandon positions).
     */
    void addPacked(String name, int bucket, byte[] packed) {
        Values s = values(name);
        int at = s.at(bucket, width);
        long[] v = s.v;
        for (int k = 0; k < width; k++) {
            long value = (long) INT8.get(packed, k * Long.BYTES);
            v[at + k] = combine(k, v[at + k], value);
        }
    }

    void addPause(String name, int bucket, String reason, long ms) {
        Pauses p = pauses.computeIfAbsent(name, k -> new Pauses(new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>()));
        int r = p.reasons.indexOf(reason);
        if (r < 0) {
            r = p.reasons.size();
            p.reasons.add(reason);
            p.ms.add(new long[bucketCount]);
            p.present.add(new boolean[bucketCount]);
        }
        p.ms.get(r)[bucket] += ms;
        p.present.get(r)[bucket] = true;
    }

    /** Adds another part of the same report (the other half of its period). */
    void addAll(RollupSums o) {
        o.rows.forEach((name, s) -> {
            Values into = values(name);
            for (int b = 0; b < bucketCount; b++) {
                if (s.slot[b] >= 0) {
                    int at = into.at(b, width);
                    for (int k = 0, from = s.slot[b] * width; k < width; k++) {
                        into.v[at + k] = combine(k, into.v[at + k], s.v[from + k]);
                    }
                }
            }
        });
        o.pauses.forEach((name, p) -> {
            for (int r = 0; r < p.reasons.size(); r++) {
                for (int b = 0; b < bucketCount; b++) {
                    if (p.present.get(r)[b]) {
                        addPause(name, b, p.reasons.get(r), p.ms.get(r)[b]);
                    }
                }
            }
        });
    }

    /** Every name with values. */
    Set<String> names() {
        return rows.keySet();
    }

    /** How many buckets a name has values in. */
    int buckets(String name) {
        Values s = rows.get(name);
        return s == null ? 0 : s.used;
    }

    /** The values of a name in a bucket (a copy), null when none were added. */
    long[] row(String name, int bucket) {
        Values s = rows.get(name);
        if (s == null || s.slot[bucket] < 0) {
            return null;
        }
        int at = s.slot[bucket] * width;
        return Arrays.copyOfRange(s.v, at, at + width);
    }

    /** Pause ms per reason of a name in a bucket (empty when none). */
    Map<String, Long> pauses(String name, int bucket) {
        Pauses p = pauses.get(name);
        if (p == null) {
            return Map.of();
        }
        Map<String, Long> out = new TreeMap<>();
        for (int r = 0; r < p.reasons.size(); r++) {
            if (p.present.get(r)[bucket]) {
                out.put(p.reasons.get(r), p.ms.get(r)[bucket]);
            }
        }
        return out;
    }

    /** The sum over every bucket of a name's values (null when it has none). */
    long[] total(String name) {
        Values s = rows.get(name);
        long[] sum = null;
        for (int r = 0; s != null && r < s.used; r++) {
            sum = sum == null ? new long[width] : sum;
            for (int k = 0, at = r * width; k < width; k++) {
                sum[k] = combine(k, sum[k], s.v[at + k]);
            }
        }
        return sum;
    }
}
