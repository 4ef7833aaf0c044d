package io.callcenter.mirror.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Writes a batch's {@code ari_event} rows over several connections at once (one {@code COPY} transaction per lane):
 * one PostgreSQL backend's {@code COPY} was the serial limit of ingest. A row's lane follows its dedupe key, so
 * repeats of a frame always meet in the same lane (its repeat filter and conflict fallback) and two lanes never
 * insert the same unique key. Ids are drawn from the sequence in arrival order before the lanes start, so
 * {@code order by event_time, id} stays arrival order whichever lane commits first.
 */
final class EventLogLanes implements AutoCloseable {

    private static final String IDS = "SELECT nextval('ari_event_id_seq') FROM generate_series(1, ?)";

    private final DataSource dataSource;
    /** One per lane; lane i's batches run one after the other (each awaited), so its state needs no lock. */
    private final EventLogCopy[] logs;
    private final ExecutorService threads;

    EventLogLanes(DataSource dataSource, int lanes, String name) {
        this.dataSource = dataSource;
        this.logs = new EventLogCopy[lanes];
        Arrays.setAll(logs, i -> new EventLogCopy());
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(lanes, r -> {
            Thread t = new Thread(r, "history-log-" + name + "-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    /** Draws one id per row from {@code ari_event_id_seq}, ascending in row order (one round trip). */
    static long[] ids(Connection conn, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement ps = conn.prepareStatement(IDS)) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        // sorted, so the order never depends on how the server evaluated the rows
        Arrays.sort(ids);
        return ids;
    }

    /** Starts every lane on its share of the rows; {@link Pending#await()} returns when all have finished. */
    Pending start(List<EventRow> rows, long[] ids) {
        int lanes = logs.length;
        List<List<EventRow>> parts = new ArrayList<>(lanes);
        long[][] partIds = new long[lanes][rows.size()];
        int[] sizes = new int[lanes];
        for (int i = 0; i < lanes; i++) {
            parts.add(new ArrayList<>(rows.size() / lanes + 16));
        }
        for (int i = 0; i < rows.size(); i++) {
            int lane = Math.floorMod(rows.get(i).dedupeKey().hashCode(), lanes);
            parts.get(lane).add(rows.get(i));
            partIds[lane][sizes[lane]++] = ids[i];
        }
        long started = System.nanoTime();
        List<Future<Lane>> futures = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            EventLogCopy log = logs[i];
            List<EventRow> part = parts.get(i);
            long[] laneIds = partIds[i];
            futures.add(threads.submit(() -> write(log, part, laneIds)));
        }
        return new Pending(futures, started);
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    private Lane write(EventLogCopy log, List<EventRow> rows, long[] ids) throws SQLException {
        if (rows.isEmpty()) {
            return new Lane(0, System.nanoTime());
        }
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                return new Lane(log.append(conn, rows, ids), System.nanoTime());
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    /** What one lane did: rows new to the log, and when it finished. */
    private record Lane(int inserted, long finishedNanos) {
    }

    /** The lanes of one batch, running. */
    static final class Pending {
        private final List<Future<Lane>> lanes;
        private final long started;
        private long nanos;

        private Pending(List<Future<Lane>> lanes, long started) {
            this.lanes = lanes;
            this.started = started;
        }

        /**
         * Waits for every lane (also after one failed, so no lane still writes when the batch is retried) and returns
         * how many rows were new; throws the first failure. The batch counts as persisted only when this returns.
         */
        int await() throws SQLException {
            int inserted = 0;
            long last = started;
            Exception failure = null;
            for (Future<Lane> f : lanes) {
                try {
                    Lane lane = get(f);
                    inserted += lane.inserted();
                    last = Math.max(last, lane.finishedNanos());
                } catch (SQLException | RuntimeException e) {
                    last = System.nanoTime();
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            nanos = last - started;
            if (failure instanceof SQLException sql) {
                throw sql;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            return inserted;
        }

        /** Wall time from the start until the last lane finished (valid after {@link #await()}). */
        long nanos() {
            return nanos;
        }

        private static Lane get(Future<Lane> f) throws SQLException {
            try {
                return f.get();
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
    }
}
