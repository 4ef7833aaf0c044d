package io.callcenter.reports.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGStatement;

/**
 * One rollup read of a key range ([from, to): epoch days for day tables, epoch seconds otherwise): each row put in
 * its bucket through the {@link BucketMap} (looked up in Java by its name's rule group and its key; joined in SQL
 * only for unfiltered pause rows that share a bucket, which are summed there) and summed into {@link RollupSums}
 * from its packed values.
 *
 * @param map the report's bucket map
 * @param names the names asked for (all when empty)
 * @param groupNames names with their own filter rule group
 * @param groupOf the rule group of each of {@code groupNames}
 * @param index the bucket of each rule group's keys, looked up in Java (no join in SQL)
 */
record RollupSql(BucketMap map, Set<String> names, List<String> groupNames, List<Integer> groupOf, KeyIndex index) {

    void read(Connection c, RollupTable table, long from, long to, boolean split, RollupSums into)
            throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        boolean direct = direct(table);
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < groupNames.size(); i++) {
            groups.put(groupNames.get(i), groupOf.get(i));
        }
        try (PreparedStatement ps = c.prepareStatement(direct ? directSql(table) : pauseSumSql(table))) {
            try (Statement st = c.createStatement()) {
                // a report's grouping is a few milliseconds of work: JIT compiling it would cost far more
                st.execute("set local jit = off");
                // a year of hour rows grouped in memory, not spilled to disk
                st.execute("set local work_mem = '64MB'");
                // the statement is kept prepared on the connection: after five runs PostgreSQL may switch to a
                // generic plan, blind to the period and the names asked for (one agent's year ran 3x slower)
                st.execute("set local plan_cache_mode = force_custom_plan");
                if (split) {
                    // the two halves already keep both cores busy: workers on top would only contend
                    st.execute("set local max_parallel_workers_per_gather = 0");
                }
            }
            // binary results: ~100k rows of 50 bigints parse far cheaper than their text form
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
            bind(c, ps, from, to, direct);
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    int bucket = direct ? index.bucketOf(groups.getOrDefault(name, 0), rs.getLong(2)) : rs.getInt(2);
                    if (bucket < 0) {
                        continue;
                    }
                    if (table.pause()) {
                        into.addPause(name, bucket, rs.getString(3), rs.getLong(4));
                        continue;
                    }
                    into.addPacked(name, bucket, rs.getBytes(3));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    /**
     * Rows read as they are, their bucket looked up in Java: all but unfiltered pause rows that share buckets (many
     * small rows, fewer once summed in SQL); under a filter pause rows are summed in Java too ({@code addPause}).
     */
    private boolean direct(RollupTable t) {
        return !t.pause() || map.oneRowEach() || !groupNames.isEmpty();
    }

    /** Each row's name, key (epoch day or epoch second: what the {@link KeyIndex} holds) and values. */
    private String directSql(RollupTable t) {
        Grain grain = map.grain();
        String time = "x." + grain.column();
        String key = grain == Grain.DAY ? time + " - date '1970-01-01'" : "date_part('epoch', " + time + ")::bigint";
        String nameColumn = t.nameColumn();
        return "select x." + nameColumn + ", " + key + ", " + (t.pause() ? "x.reason, x.ms" : "x.packed")
                + " from " + grain.table(t.prefix()) + " x where " + time + " >= ? and " + time + " < ?"
                + (names.isEmpty() ? "" : " and x." + nameColumn + " = any(?)");
    }

    /** Pause rows that share a bucket (one rule group): summed per name, bucket and reason in SQL. */
    private String pauseSumSql(RollupTable t) {
        Grain grain = map.grain();
        String time = "x." + grain.column();
        String key = grain == Grain.DAY ? "date '1970-01-01' + u.k::int" : "to_timestamp(u.k)";
        String nameColumn = t.nameColumn();
        return "select x." + nameColumn + ", m.b, x.reason, sum(x.ms)::bigint from " + grain.table(t.prefix()) + " x"
                + " join (select " + key + " as t, u.b from unnest(?::bigint[], ?::int[]) as u(k, b)) m on m.t = "
                + time + " where " + time + " >= ? and " + time + " < ?"
                + (names.isEmpty() ? "" : " and x." + nameColumn + " = any(?)")
                + " group by x." + nameColumn + ", m.b, x.reason";
    }

    private void bind(Connection c, PreparedStatement ps, long from, long to, boolean direct) throws SQLException {
        int i = 1;
        if (!direct) {
            ps.setArray(i++, c.createArrayOf("bigint", map.keys().toArray()));
            ps.setArray(i++, c.createArrayOf("integer", map.indexes().toArray()));
        }
        if (map.grain() == Grain.DAY) {
            ps.setObject(i++, LocalDate.ofEpochDay(from));
            ps.setObject(i++, LocalDate.ofEpochDay(to));
        } else {
            ps.setTimestamp(i++, Timestamp.from(Instant.ofEpochSecond(from)));
            ps.setTimestamp(i++, Timestamp.from(Instant.ofEpochSecond(to)));
        }
        if (!names.isEmpty()) {
            ps.setArray(i, c.createArrayOf("text", names.toArray()));
        }
    }
}
