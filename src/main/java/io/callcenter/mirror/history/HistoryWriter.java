package io.callcenter.mirror.history;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.mirror.history.HistoryItem.EventItem;
import io.callcenter.mirror.history.HistoryItem.ResyncItem;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Copies the ordered event stream into PostgreSQL off the dispatch thread: a bounded buffer drained in batches by
 * one writer thread, retried with backoff while the database fails.
 * <p>
 * Full buffer policy: while writes succeed (PostgreSQL merely slower than the burst) the dispatch thread blocks up
 * to {@code full-wait}, pushing back on the websocket reader, which has a queue of its own; while writes fail the
 * readiness check is already DOWN (high-water mark) and an event that finds no room is dropped at once rather than
 * freezing the live mirror. Every drop is counted ({@code callcenter.history.events.dropped}) and logged.
 */
public class HistoryWriter {

    private static final Logger LOG = Logger.getLogger(HistoryWriter.class);

    private final String name;
    private final HistoryConfig config;
    private final BlockingQueue<HistoryItem> queue;
    /** One permit per buffered or in-flight item: the bound covers the batch being written too. */
    private final Semaphore room;
    private final BatchWriter batches;
    final WriterStats stats = new WriterStats();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean maintenanceDue = true;

    public HistoryWriter(String name, DataSource dataSource, HistoryConfig config) {
        this.name = name;
        this.config = config;
        this.queue = new ArrayBlockingQueue<>(config.bufferCapacity());
        this.room = new Semaphore(config.bufferCapacity());
        this.batches = new BatchWriter(dataSource);
        this.thread = new Thread(this::run, "history-writer-" + name);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Buffers an event (called on the dispatch thread; cheap: one hash). */
    public void enqueue(ReceivedEvent event, String asteriskId) {
        offer(new EventItem(EventRow.of(event, asteriskId), event));
    }

    /** Buffers a resync, to be applied after every event buffered before it. */
    public void enqueue(ResyncSnapshot snapshot, String asteriskId) {
        offer(new ResyncItem(asteriskId, snapshot));
    }

    private void offer(HistoryItem item) {
        boolean room = this.room.tryAcquire();
        if (!room && !stats.failing) {
            try {
                room = this.room.tryAcquire(config.fullWait().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!room) {
            stats.drop(1, "history buffer full (" + config.bufferCapacity() + ")", item);
            return;
        }
        stats.pending.incrementAndGet();
        queue.add(item);
    }

    /** Asks the writer thread to create the partitions ahead (it owns all writes). */
    public void requestPartitionMaintenance() {
        maintenanceDue = true;
    }

    /** Events buffered or being written. */
    public long pending() {
        return stats.pending.get();
    }

    public WriterHealth health() {
        long depth = stats.pending.get();
        boolean belowMark = depth < config.highWaterMark() * config.bufferCapacity();
        return new WriterHealth(!stats.failing && belowMark, depth, config.bufferCapacity(), stats.failing,
                stats.failing ? stats.lastError : null, stats.dropped.get());
    }

    /** Stops taking new work and writes what is buffered, giving up after {@code timeoutMillis}. */
    public void stop(long timeoutMillis) throws InterruptedException {
        running = false;
        thread.join(timeoutMillis);
        thread.interrupt();
    }

    private void run() {
        BatchCollector collector = new BatchCollector(queue, config.batchSize(), config.flushInterval());
        while (running || !queue.isEmpty()) {
            maintain();
            List<HistoryItem> batch = collector.next();
            if (!batch.isEmpty()) {
                writeWithRetry(batch);
            }
        }
    }

    private void writeWithRetry(List<HistoryItem> batch) {
        long backoff = config.retryInitial().toMillis();
        while (true) {
            try {
                long started = System.nanoTime();
                batches.write(batch);
                stats.written(batch, System.nanoTime() - started);
                room.release(batch.size());
                return;
            } catch (SQLException e) {
                if (!Failures.isTransient(e)) {
                    writeAlone(batch, e);
                    return;
                }
                stats.failed(name, e);
                if (!running) {
                    stats.drop(batch.size(), "shutting down while PostgreSQL fails", batch.get(0));
                    stats.pending.addAndGet(-batch.size());
                    room.release(batch.size());
                    return;
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, config.retryMax().toMillis());
            }
        }
    }

    /** A statement refused the data itself: find the offending item by writing one at a time; drop only it. */
    private void writeAlone(List<HistoryItem> batch, SQLException cause) {
        if (batch.size() == 1) {
            LOG.errorf(cause, "History writer %s cannot store an item; it is dropped", name);
            stats.pending.decrementAndGet();
            room.release();
            stats.drop(1, "refused by PostgreSQL: " + cause.getMessage(), batch.get(0));
            return;
        }
        for (HistoryItem item : batch) {
            writeWithRetry(List.of(item));
        }
    }

    private void maintain() {
        if (!maintenanceDue) {
            return;
        }
        try {
            batches.maintainPartitions(config.partitionsAhead());
            maintenanceDue = false;
        } catch (SQLException e) {
            // retried on the next loop; a missing partition only sends rows to the default one
            LOG.warnf("History writer %s could not create partitions: %s", name, e.getMessage());
            pause(config.retryInitial().toMillis());
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Receive time of the last event written, for the lag gauge. */
    Instant lastPersistedReceivedAt() {
        return stats.lastReceivedAt;
    }
}
