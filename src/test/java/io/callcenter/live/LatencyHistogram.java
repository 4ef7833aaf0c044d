package io.callcenter.live;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Thread-safe latency histogram for benchmarks: 50 µs buckets up to 10 s (more counts in the last), exact max. */
final class LatencyHistogram {

    private static final long BUCKET_NANOS = 50_000;
    private final AtomicLongArray buckets = new AtomicLongArray(200_001);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    void record(long nanos) {
        long n = Math.max(0, nanos);
        buckets.incrementAndGet((int) Math.min(buckets.length() - 1, n / BUCKET_NANOS));
        count.incrementAndGet();
        max.accumulateAndGet(n, Math::max);
    }

    long count() {
        return count.get();
    }

    /** The p-th percentile in milliseconds (upper edge of its bucket, never above the max). */
    double percentileMs(double p) {
        long total = count.get();
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(p / 100 * total);
        long seen = 0;
        for (int i = 0; i < buckets.length(); i++) {
            seen += buckets.get(i);
            if (seen >= rank) {
                return Math.min((i + 1) * BUCKET_NANOS, max.get()) / 1e6;
            }
        }
        return maxMs();
    }

    double maxMs() {
        return max.get() / 1e6;
    }
}
