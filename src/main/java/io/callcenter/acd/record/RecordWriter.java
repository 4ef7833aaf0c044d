package io.callcenter.acd.record;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Writes ACD records off the event path, strictly in submission order: one thread drains a queue and applies
 * what it took in one transaction; a batch that fails (database away) is retried with backoff until it is written,
 * so the order and the content survive an outage.
 */
@ApplicationScoped
public class RecordWriter {

    private static final Logger LOG = Logger.getLogger(RecordWriter.class);
    private static final int MAX_BATCH = 500;

    /** One write: plain JDBC on the writer's connection, inside the batch's transaction. */
    @FunctionalInterface
    public interface Write {
        void apply(Connection c) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final BlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    RecordWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::run, "acd-records");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a write; returns at once. */
    public void submit(Write write) {
        pending.incrementAndGet();
        queue.add(write);
    }

    /** Writes queued or being written (0 = everything submitted so far is in the database). */
    public long pending() {
        return pending.get();
    }

    /** Failed batch attempts so far (each was retried). */
    public long failures() {
        return failures.get();
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        while (running) {
            try {
                Write first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeUntilDone(batch);
                pending.addAndGet(-batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeUntilDone(List<Write> batch) throws InterruptedException {
        long backoff = 100;
        while (running) {
            try {
                write(batch);
                return;
            } catch (SQLException e) {
                failures.incrementAndGet();
                if (!retryable(e)) {
                    writeOneByOne(batch);
                    return;
                }
                LOG.warnf("ACD records: batch of %d failed (%s); retrying in %d ms", batch.size(), e.getMessage(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(5_000, backoff * 2);
            }
        }
    }

    private void write(List<Write> writes) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Write w : writes) {
                    w.apply(c);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** A data error cannot be cured by retrying: the writes are applied alone and only the bad one is dropped. */
    private void writeOneByOne(List<Write> batch) {
        for (Write w : batch) {
            try {
                write(List.of(w));
            } catch (SQLException e) {
                dropped.incrementAndGet();
                LOG.errorf(e, "ACD records: a write was refused by the database and dropped");
            }
        }
    }

    /** Connection problems (SQLState class 08) and a missing connection are worth retrying. */
    private static boolean retryable(SQLException e) {
        return e.getSQLState() == null || e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57");
    }

    @PreDestroy
    void stop() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (pending.get() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        running = false;
        thread.interrupt();
    }
}
