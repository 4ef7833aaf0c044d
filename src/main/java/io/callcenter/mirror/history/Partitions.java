package io.callcenter.mirror.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** Creates the day partitions of {@code ari_event} (UTC days), remembering which exist. */
final class Partitions {

    private static final Logger LOG = Logger.getLogger(Partitions.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

    private final Set<LocalDate> known = ConcurrentHashMap.newKeySet();

    /** Makes sure the day has a partition. Runs in autocommit, outside the batch's transaction. */
    void ensure(Connection conn, LocalDate day) throws SQLException {
        if (known.contains(day)) {
            return;
        }
        String name = "ari_event_p" + SUFFIX.format(day);
        String sql = "CREATE TABLE IF NOT EXISTS " + name + " PARTITION OF ari_event"
                + " FOR VALUES FROM ('" + day + " 00:00:00+00') TO ('" + day.plusDays(1) + " 00:00:00+00')";
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(true);
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
            // as V106 for the parent: a partition does not inherit it, and its ANALYZE runs are frequent
            st.execute("ALTER TABLE " + name + " ALTER COLUMN payload SET STATISTICS 0");
            known.add(day);
        } catch (SQLException e) {
            if (!isPermanent(e)) {
                throw e;
            }
            // The default partition already holds rows of that day (or a racing replica created it):
            // those rows stay where they are, and so will the day's next ones.
            LOG.warnf("ari_event partition for %s not created (%s); the day stays in ari_event_default", day,
                    e.getMessage());
            known.add(day);
        } finally {
            conn.setAutoCommit(auto);
        }
    }

    /** Today (UTC) and the next {@code ahead} days. */
    void ensureAhead(Connection conn, int ahead) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i <= ahead; i++) {
            ensure(conn, today.plusDays(i));
        }
    }

    private static boolean isPermanent(SQLException e) {
        String state = e.getSQLState();
        // 23514: the default partition holds rows of the range; 42P07/23505: created concurrently
        return "23514".equals(state) || "42P07".equals(state) || "23505".equals(state);
    }
}
