package io.callcenter.mirror.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** Takes the next batch off the buffer: whatever is there at once, topped up for at most the flush interval. */
final class BatchCollector {

    private static final long IDLE_POLL_MILLIS = 500;

    private final BlockingQueue<HistoryItem> queue;
    private final int batchSize;
    private final long flushNanos;

    BatchCollector(BlockingQueue<HistoryItem> queue, int batchSize, Duration flushInterval) {
        this.queue = queue;
        this.batchSize = batchSize;
        this.flushNanos = flushInterval.toNanos();
    }

    /** The next batch, empty when nothing arrived within a short idle wait (so the caller can check for stop). */
    List<HistoryItem> next() {
        List<HistoryItem> batch = new ArrayList<>();
        try {
            HistoryItem first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (first == null) {
                return batch;
            }
            batch.add(first);
            queue.drainTo(batch, batchSize - 1);
            long deadline = System.nanoTime() + flushNanos;
            long left;
            while (batch.size() < batchSize && (left = deadline - System.nanoTime()) > 0) {
                HistoryItem more = queue.poll(left, TimeUnit.NANOSECONDS);
                if (more == null) {
                    break;
                }
                batch.add(more);
                queue.drainTo(batch, batchSize - batch.size());
            }
        } catch (InterruptedException e) {
            // stopping: take what is there without waiting; the loop drains the rest the same way
            Thread.currentThread().interrupt();
            queue.drainTo(batch, batchSize - batch.size());
        }
        return batch;
    }
}
