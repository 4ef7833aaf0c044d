package io.callcenter.mirror.history;

import io.callcenter.mirror.history.HistoryItem.EventItem;
import io.callcenter.mirror.history.HistoryItem.ResyncItem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes one batch in one transaction: runs of events become one {@code ari_event} insert plus the folded
 * lifecycle rows; a resync in between is applied at its place, so the order of the stream is kept.
 */
final class BatchWriter {

    private final DataSource dataSource;
    private final Partitions partitions = new Partitions();

    BatchWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the batch; returns how many events were new (the rest were already logged). */
    int write(List<HistoryItem> batch) throws SQLException {
        List<EventRow> rows = new ArrayList<>(batch.size());
        for (HistoryItem item : batch) {
            rows.add(item instanceof EventItem e ? EventRow.of(e.event(), e.asteriskId(), e.quoted()) : null);
        }
        try (Connection conn = dataSource.getConnection()) {
            for (EventRow row : rows) {
                if (row != null) {
                    partitions.ensure(conn, LocalDate.ofInstant(row.eventTime(), ZoneOffset.UTC));
                }
            }
            conn.setAutoCommit(false);
            try {
                int inserted = writeInOrder(conn, batch, rows);
                conn.commit();
                return inserted;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    /** Creates the partitions of today and the days ahead. */
    void maintainPartitions(int ahead) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            partitions.ensureAhead(conn, ahead);
        }
    }

    private static int writeInOrder(Connection conn, List<HistoryItem> batch, List<EventRow> eventRows)
            throws SQLException {
        int inserted = 0;
        List<EventRow> rows = new ArrayList<>();
        LifecycleBatch lifecycle = new LifecycleBatch();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) instanceof EventItem e) {
                EventRow row = eventRows.get(i);
                rows.add(row);
                lifecycle.add(row.asteriskId(), e.event().message(), row.eventTime());
            } else if (batch.get(i) instanceof ResyncItem r) {
                inserted += flush(conn, rows, lifecycle);
                rows = new ArrayList<>();
                lifecycle = new LifecycleBatch();
                ResyncSql.write(conn, r.asteriskId(), r.snapshot());
            }
        }
        return inserted + flush(conn, rows, lifecycle);
    }

    private static int flush(Connection conn, List<EventRow> rows, LifecycleBatch lifecycle) throws SQLException {
        int inserted = EventLogSql.insert(conn, rows);
        if (!lifecycle.isEmpty()) {
            LifecycleSql.write(conn, lifecycle);
        }
        return inserted;
    }
}
