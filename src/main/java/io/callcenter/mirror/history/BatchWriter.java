package io.callcenter.mirror.history;

import io.callcenter.mirror.history.HistoryItem.EventItem;
import io.callcenter.mirror.history.HistoryItem.ResyncItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Writes one batch: the {@code ari_event} rows on one connection while the lifecycle rows (events folded in order,
 * resyncs at their place) go on another, so PostgreSQL works on both at once (the raw log is most of the cost).
 * Each part is one transaction; both are idempotent, so when either fails the whole batch is simply written again.
 */
final class BatchWriter implements AutoCloseable {

    private final DataSource dataSource;
    private final Partitions partitions = new Partitions();
    private final ExecutorService logThread;
    /** Used on the log thread only. */
    private final EventLogCopy eventLog = new EventLogCopy();

    private final WriterStats stats;

    BatchWriter(DataSource dataSource, String name, WriterStats stats) {
        this.dataSource = dataSource;
        this.stats = stats;
        this.logThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "history-log-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes the batch; returns how many events were new (the rest were already logged). */
    int write(List<HistoryItem> batch) throws SQLException {
        List<EventRow> rows = new ArrayList<>(batch.size());
        for (HistoryItem item : batch) {
            rows.add(item instanceof EventItem e ? e.toRow() : null);
        }
        try (Connection conn = dataSource.getConnection()) {
            for (EventRow row : rows) {
                if (row != null) {
                    partitions.ensure(conn, LocalDate.ofInstant(row.eventTime(), ZoneOffset.UTC));
                }
            }
            List<EventRow> events = rows.stream().filter(Objects::nonNull).toList();
            Future<Integer> log = logThread.submit(() -> insertLog(events));
            SQLException lifecycleFailure = null;
            long t = System.nanoTime();
            try {
                inTransaction(conn, () -> writeLifecycle(conn, batch, rows));
            } catch (SQLException e) {
                lifecycleFailure = e;
            }
            stats.lifecycleNanos.add(System.nanoTime() - t);
            int inserted = await(log);
            if (lifecycleFailure != null) {
                throw lifecycleFailure;
            }
            return inserted;
        }
    }

    /** Creates the partitions of today and the days ahead. */
    void maintainPartitions(int ahead) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            partitions.ensureAhead(conn, ahead);
        }
    }

    @Override
    public void close() {
        logThread.shutdown();
    }

    private int insertLog(List<EventRow> events) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            long t = System.nanoTime();
            try {
                return eventLog.append(conn, events);
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                stats.logNanos.add(System.nanoTime() - t);
            }
        }
    }

    private static void writeLifecycle(Connection conn, List<HistoryItem> batch, List<EventRow> rows)
            throws SQLException {
        LifecycleBatch lifecycle = new LifecycleBatch();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) instanceof EventItem e) {
                lifecycle.add(rows.get(i).asteriskId(), e.event().message(), rows.get(i).eventTime());
            } else if (batch.get(i) instanceof ResyncItem r) {
                LifecycleSql.write(conn, lifecycle);
                lifecycle = new LifecycleBatch();
                ResyncSql.write(conn, r.asteriskId(), r.snapshot());
            }
        }
        LifecycleSql.write(conn, lifecycle);
    }

    private static void inTransaction(Connection conn, SqlWork work) throws SQLException {
        conn.setAutoCommit(false);
        try {
            work.run();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        }
    }

    private static int await(Future<Integer> log) throws SQLException {
        try {
            return log.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the event log was written", "57014", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("event log insert failed", e.getCause());
        }
    }

    /** A piece of JDBC work. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
