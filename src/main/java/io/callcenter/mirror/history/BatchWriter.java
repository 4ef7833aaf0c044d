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
import javax.sql.DataSource;

/**
 * Writes one batch: the {@code ari_event} rows over the {@link EventLogLanes} (several connections) while the
 * lifecycle rows (events folded in order, resyncs at their place) go on another, so PostgreSQL works on all at once
 * (the raw log is most of the cost). Each part is one transaction; all are idempotent, so when any fails the whole
 * batch is simply written again.
 */
final class BatchWriter implements AutoCloseable {

    private final DataSource dataSource;
    private final Partitions partitions = new Partitions();
    private final EventLogLanes eventLog;
    private final WriterStats stats;
    private final IdReservoir ids = new IdReservoir();
    private final int batchSize;

    BatchWriter(DataSource dataSource, String name, int logConnections, int batchSize, WriterStats stats) {
        this.dataSource = dataSource;
        this.stats = stats;
        this.batchSize = batchSize;
        this.eventLog = new EventLogLanes(dataSource, logConnections, name);
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
            EventLogLanes.Pending log = eventLog.start(events, ids.take(conn, events.size()));
            SQLException lifecycleFailure = null;
            long t = System.nanoTime();
            try {
                inTransaction(conn, () -> writeLifecycle(conn, batch, rows));
            } catch (SQLException e) {
                lifecycleFailure = e;
            }
            stats.lifecycleNanos.add(System.nanoTime() - t);
            if (lifecycleFailure == null) {
                topUpIds(conn);
            }
            int inserted;
            try {
                inserted = log.await();
            } finally {
                stats.logNanos.add(log.nanos());
            }
            if (lifecycleFailure != null) {
                throw lifecycleFailure;
            }
            return inserted;
        }
    }

    /**
     * Draws the next batch's ids while this batch's copy still runs (the lifecycle part is the shorter one). Only a
     * prefetch: when it fails, the next batch draws its ids itself (and meets the same failure there, if it lasts).
     */
    private void topUpIds(Connection conn) {
        if (ids.available() >= batchSize) {
            return;
        }
        try {
            ids.topUp(conn, batchSize);
        } catch (SQLException e) {
            // nothing lost: see above
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
        eventLog.close();
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

    /** A piece of JDBC work. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
