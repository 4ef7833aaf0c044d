package io.callcenter.mirror.history;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.mirror.history.HistoryItem.EventItem;
import io.callcenter.mirror.history.HistoryItem.ResyncItem;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Copies the ordered event stream into PostgreSQL off the dispatch thread: a {@link HistoryBuffer} drained in
 * batches by one writer thread; a batch that fails because the database is away is retried with backoff until it is
 * written, so nothing buffered is lost to an outage.
 */
public class HistoryWriter {

    private static final Logger LOG = Logger.getLogger(HistoryWriter.class);

    private final String name;
    private final HistoryConfig config;
    final WriterStats stats = new WriterStats();
    private final HistoryBuffer buffer;
    private final BatchWriter batches;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean maintenanceDue = true;

    public HistoryWriter(String name, DataSource dataSource, HistoryConfig config) {
        ConfigCheck.validate(config);
        this.name = name;
        this.config = config;
        this.buffer = new HistoryBuffer(config, stats);
        this.batches = new BatchWriter(dataSource, name, config.logConnections(), config.batchSize(), stats);
        this.thread = new Thread(this::run, "history-writer-" + name);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Buffers an event with its log row (called on the dispatch thread; no I/O happens here). */
    public void enqueue(ReceivedEvent event, String asteriskId) {
        buffer.offer(EventItem.of(asteriskId, event));
    }

    /** Buffers a resync, to be applied after every event buffered before it. */
    public void enqueue(ResyncSnapshot snapshot, String asteriskId) {
        buffer.offer(new ResyncItem(asteriskId, snapshot));
    }

    /** Asks the writer thread to create the partitions ahead (it owns all writes). */
    public void requestPartitionMaintenance() {
        maintenanceDue = true;
    }

    /** Items buffered or being written. */
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
        batches.close();
    }

    private void run() {
        BatchCollector collector = new BatchCollector(buffer.queue(), config.batchSize(), config.flushInterval());
        while (running || !buffer.isEmpty()) {
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
                buffer.done(batch.size());
                return;
            } catch (RuntimeException e) {
                // a bug on some input must not kill the writer thread (history would stop silently): the item is
                // isolated like data PostgreSQL refuses, and dropped with its stack trace if it fails alone
                writeAlone(batch, new SQLException(e.toString(), "XX000", e));
                return;
            } catch (SQLException e) {
                if (!Failures.isTransient(e)) {
                    writeAlone(batch, e);
                    return;
                }
                stats.failed(name, e);
                if (!running) {
                    stats.drop(batch.size(), "shutting down while PostgreSQL fails", batch.get(0));
                    buffer.done(batch.size());
                    return;
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, config.retryMax().toMillis());
            }
        }
    }

    /**
     * A statement refused the data itself: find the offending item by writing one at a time; an event frame that
     * jsonb refuses is kept as a JSON string; only what still fails is dropped (counted and logged).
     */
    private void writeAlone(List<HistoryItem> batch, SQLException cause) {
        if (batch.size() > 1) {
            batch.forEach(item -> writeWithRetry(List.of(item)));
            return;
        }
        if (batch.get(0) instanceof EventItem e && !e.quoted()) {
            LOG.warnf("History writer %s: %s frame refused as jsonb (%s), stored as a JSON string", name,
                    e.event().message().type(), cause.getMessage());
            writeWithRetry(List.of(new EventItem(e.asteriskId(), e.event(), true, null)));
            return;
        }
        LOG.errorf(cause, "History writer %s cannot store an item; it is dropped", name);
        stats.drop(1, "refused by PostgreSQL: " + cause.getMessage(), batch.get(0));
        buffer.done(1);
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
}
