package io.callcenter.mirror.history;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bounded buffer between the dispatch thread and the writer. The bound counts every item not yet written,
 * including the batch in flight, so "capacity" means exactly what it says.
 * <p>
 * Full buffer policy: while writes succeed (PostgreSQL merely slower than a burst) the dispatch thread blocks up to
 * {@code full-wait}, pushing back on the websocket reader, which has a queue of its own; while writes fail, the
 * readiness check is already DOWN (high-water mark) and an item that finds no room is dropped at once rather than
 * freezing the live mirror. Every drop is counted ({@code callcenter.history.events.dropped}) and logged.
 */
final class HistoryBuffer {

    private final BlockingQueue<HistoryItem> queue;
    private final Semaphore room;
    private final WriterStats stats;
    private final HistoryConfig config;

    HistoryBuffer(HistoryConfig config, WriterStats stats) {
        this.queue = new ArrayBlockingQueue<>(config.bufferCapacity());
        this.room = new Semaphore(config.bufferCapacity());
        this.stats = stats;
        this.config = config;
    }

    void offer(HistoryItem item) {
        boolean hasRoom = room.tryAcquire();
        if (!hasRoom && !stats.failing) {
            try {
                hasRoom = room.tryAcquire(config.fullWait().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!hasRoom) {
            stats.drop(1, "history buffer full (" + config.bufferCapacity() + ")", item);
            return;
        }
        stats.pending.incrementAndGet();
        queue.add(item);
    }

    /** Items leave the bound once written (or given up on). */
    void done(int count) {
        stats.pending.addAndGet(-count);
        room.release(count);
    }

    BlockingQueue<HistoryItem> queue() {
        return queue;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
