package io.callcenter.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * For benchmarks: PostgreSQL's background work between two points (checkpoints, buffers written by backends
 * themselves, autovacuum/autoanalyze runs), which costs CPU on the same cores as the measured path.
 */
public final class PostgresActivity {

    private static final String SQL = """
            SELECT checkpoints_timed + checkpoints_req, buffers_checkpoint, buffers_backend,
                   (SELECT coalesce(sum(autovacuum_count), 0) FROM pg_stat_user_tables),
                   (SELECT coalesce(sum(autoanalyze_count), 0) FROM pg_stat_user_tables),
                   (SELECT pg_current_wal_lsn() - '0/0'::pg_lsn)
            FROM pg_stat_bgwriter""";

    private final DataSource ds;
    private final long[] start;

    public PostgresActivity(DataSource ds) throws SQLException {
        this.ds = ds;
        this.start = read();
    }

    /** What happened since construction, as one line. */
    public String report() throws SQLException {
        long[] end = read();
        long[] d = new long[end.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = end[i] - start[i];
        }
        return String.format("%d checkpoints (%,d buffers), %,d buffers written by backends, %d autovacuum and %d "
                + "autoanalyze runs, %,d MB WAL", d[0], d[1], d[2], d[3], d[4], d[5] >> 20);
    }

    private long[] read() throws SQLException {
        // statistics are sent by backends with a delay: a fresh snapshot in this transaction
        try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery(SQL)) {
                rs.next();
                long[] v = new long[6];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rs.getLong(i + 1);
                }
                return v;
            }
        }
    }
}
