package io.callcenter.mirror.history;

import io.callcenter.mirror.history.HistoryItem.EventItem;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;

/** Counters and state of one history writer, read by the metrics and the readiness check. */
final class WriterStats {

    private static final Logger LOG = Logger.getLogger(WriterStats.class);

    final AtomicLong pending = new AtomicLong();
    final AtomicLong persisted = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong batches = new AtomicLong();
    final LongAdder batchNanos = new LongAdder();
    /** Time spent writing the event log part of batches, and the lifecycle part (they overlap). */
    final LongAdder logNanos = new LongAdder();
    final LongAdder lifecycleNanos = new LongAdder();
    volatile long lastBatchSize;
    volatile boolean failing;
    volatile String lastError;
    volatile Instant lastReceivedAt;
    /** Where batch sizes go (a Micrometer summary once bound). */
    volatile IntConsumer batchSizes = n -> { };

    void written(List<HistoryItem> batch, long nanos) {
        if (failing) {
            LOG.infof("History writer recovered after %d failed attempts", failures.get());
        }
        failing = false;
        lastError = null;
        for (int i = batch.size() - 1; i >= 0; i--) {
            if (batch.get(i) instanceof EventItem e) {
                lastReceivedAt = e.event().receivedAt();
                break;
            }
        }
        persisted.addAndGet(batch.stream().filter(EventItem.class::isInstance).count());
        batches.incrementAndGet();
        batchNanos.add(nanos);
        lastBatchSize = batch.size();
        batchSizes.accept(batch.size());
    }

    void failed(String writer, SQLException e) {
        long n = failures.incrementAndGet();
        lastError = e.getSQLState() + " " + e.getMessage();
        if (!failing || n % 20 == 0) {
            LOG.warnf("History writer %s cannot write (%d failed attempts, %d events buffered): %s", writer, n,
                    pending.get(), lastError);
        }
        failing = true;
    }

    /** Counts and logs lost items: the first loss, then every 1000th, so a long outage cannot flood the log. */
    void drop(int count, String why, HistoryItem sample) {
        long total = dropped.addAndGet(count);
        if (total == count || total / 1000 != (total - count) / 1000) {
            String what = sample instanceof EventItem e ? e.event().message().type() + " of " + e.asteriskId()
                    : "resync";
            LOG.errorf("History: %d event(s) dropped (%s), %d in total so far; e.g. %s", count, why, total, what);
        }
    }

    /** Seconds between now and the receive time of the last event written; 0 when nothing waits. */
    double lagSeconds() {
        Instant last = lastReceivedAt;
        if (pending.get() == 0 || last == null) {
            return 0;
        }
        return Math.max(0, (System.currentTimeMillis() - last.toEpochMilli()) / 1000.0);
    }
}
