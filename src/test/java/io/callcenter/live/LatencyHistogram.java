package io.callcenter.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Thread-safe latency histogram for benchmarks: 50 µs buckets up to 10 s (more counts in the last), exact max. Each
 * recording thread has its own stripe (the clients' event loops record ~10^5 samples/s: shared counters would
 * bounce a cache line between cores and charge the load tool for it); queries sum the stripes.
 */
final class LatencyHistogram {

    private static final long BUCKET_NANOS = 50_000;
    private static final int BUCKETS = 200_001;
    /** Slots: the buckets, then count, then max. */
    private static final int COUNT = BUCKETS;
    private static final int MAX = BUCKETS + 1;

    private final List<AtomicLongArray> stripes = new CopyOnWriteArrayList<>();
    private final ThreadLocal<AtomicLongArray> mine = ThreadLocal.withInitial(() -> {
        AtomicLongArray stripe = new AtomicLongArray(BUCKETS + 2);
        stripes.add(stripe);
        return stripe;
    });

    void record(long nanos) {
        long n = Math.max(0, nanos);
        AtomicLongArray s = mine.get();
        // only this thread writes its stripe: no atomic add needed, release so that readers see the counts
        int bucket = (int) Math.min(BUCKETS - 1, n / BUCKET_NANOS);
        s.setRelease(bucket, s.getPlain(bucket) + 1);
        s.setRelease(COUNT, s.getPlain(COUNT) + 1);
        if (n > s.get(MAX)) {
            s.set(MAX, n); // only this thread writes its stripe
        }
    }

    long count() {
        return sum(COUNT);
    }

    /** The p-th percentile in milliseconds (upper edge of its bucket, never above the max). */
    double percentileMs(double p) {
        long total = count();
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(p / 100 * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += sum(i);
            if (seen >= rank) {
                return Math.min((i + 1) * BUCKET_NANOS, max()) / 1e6;
            }
        }
        return maxMs();
    }

    double maxMs() {
        return max() / 1e6;
    }

    private long max() {
        long m = 0;
        for (AtomicLongArray s : stripes) {
            m = Math.max(m, s.get(MAX));
        }
        return m;
    }

    private long sum(int slot) {
        long sum = 0;
        for (AtomicLongArray s : stripes) {
            sum += s.get(slot);
        }
        return sum;
    }
}
