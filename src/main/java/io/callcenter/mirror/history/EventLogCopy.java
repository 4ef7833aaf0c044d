package io.callcenter.mirror.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Appends a batch to {@code ari_event} with one binary {@code COPY}, PostgreSQL's cheapest way in (rows go into the
 * partition in bulk, nothing is parsed but the jsonb). {@code COPY} cannot skip a conflict, so the unique dedupe
 * constraint turns a replayed event into an error, and that batch is then written with {@link EventLogSql}
 * ({@code ON CONFLICT DO NOTHING}) instead. Repeats within the batch, and of the batch committed just before (Asterisk
 * sends some frames twice in a row, and a batch boundary may fall between them), are left out before they reach
 * PostgreSQL, so that detour stays rare. One instance per writing thread.
 */
final class EventLogCopy {

    private static final String COPY = """
            COPY ari_event (id, event_time, received_at, dedupe_key, asterisk_id, server, application, type,
                            channel_id, bridge_id, sequence, payload) FROM STDIN (FORMAT binary)""";
    private static final int FIELDS = 12;
    private static final String UNIQUE_VIOLATION = "23505";

    /** What the dedupe constraint compares. */
    private record Key(UUID dedupeKey, Instant eventTime) {
    }

    /** Keys of the last batch committed by this instance: those rows are in the table. */
    private Set<Key> lastCommitted = Set.of();

    /**
     * Writes the rows with their ids (drawn in arrival order by the caller) in the connection's transaction
     * (autocommit off) and commits; returns how many were new.
     * A batch holding an event already logged (a replay, or a batch written again after a failure) is rolled back
     * and written again statement-wise, skipping what is there.
     */
    int append(Connection conn, List<EventRow> rows, long[] ids) throws SQLException {
        Set<Key> keys = new HashSet<>(rows.size() * 2);
        try {
            int copied = copy(conn, rows, ids, keys);
            conn.commit();
            lastCommitted = keys;
            return copied;
        } catch (SQLException e) {
            conn.rollback();
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
        int inserted = EventLogSql.insert(conn, rows, ids);
        conn.commit();
        keys.clear();
        rows.forEach(r -> keys.add(new Key(r.dedupeKey(), r.eventTime())));
        lastCommitted = keys;
        return inserted;
    }

    /** Copies the rows in order, each distinct frame once, collecting their keys; returns how many were written. */
    private int copy(Connection conn, List<EventRow> rows, long[] ids, Set<Key> seen) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        CopyIn in = conn.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            BinaryCopy out = new BinaryCopy(in);
            for (int i = 0; i < rows.size(); i++) {
                EventRow r = rows.get(i);
                Key key = new Key(r.dedupeKey(), r.eventTime());
                if (!seen.add(key) || lastCommitted.contains(key)) {
                    continue;
                }
                out.row(FIELDS).int8(ids[i]).time(r.eventTime()).time(r.receivedAt()).uuid(r.dedupeKey())
                        .text(r.asteriskId()).text(r.server()).text(r.application()).text(r.type()).text(r.channelId())
                        .text(r.bridgeId()).int8(r.sequence()).jsonb(r.payload());
            }
            return (int) out.finish();
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                cancel(in, e);
            }
            throw e;
        }
    }

    private static void cancel(CopyIn in, Exception cause) {
        try {
            in.cancelCopy();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
