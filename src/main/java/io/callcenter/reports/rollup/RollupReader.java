package io.callcenter.reports.rollup;

import io.callcenter.reports.Bucket;
import io.callcenter.reports.Buckets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads rollups summed per name (queue or agent) and {@link Bucket}, grouped in SQL: each rollup row is joined to
 * its bucket through a {@link BucketMap} (day, hour or quarter-hour tables, the coarsest that serves the report).
 */
public final class RollupReader {

    private RollupReader() {
    }

    /** Queue cells per queue (sorted) and bucket (in time order); {@code filter} null keeps every quarter hour. */
    public static <G> Map<String, Map<Bucket, QueueCell>> queues(Connection c, Buckets b, Set<String> names,
            QuarterFilter<G> filter) throws SQLException {
        return queues(c, b, names, filter, Grain.DAY);
    }

    /** {@link #queues} from tables no coarser than {@code coarsest} (tests compare the grains). */
    static <G> Map<String, Map<Bucket, QueueCell>> queues(Connection c, Buckets b, Set<String> names,
            QuarterFilter<G> filter, Grain coarsest) throws SQLException {
        Map<String, Map<Bucket, QueueCell>> out = new TreeMap<>();
        Query<G> q = new Query<>(b, names, filter, coarsest);
        q.read(c, "report_queue", "queue", QueueColumns.NAMES, QueueColumns.MAXIMA, false, (name, bucket, rs) -> out
                .computeIfAbsent(name, k -> new TreeMap<>(Buckets.ORDER)).put(bucket, QueueColumns.cell(
                        values(rs, QueueColumns.NAMES.size()))));
        return out;
    }

    /** Agent cells (pauses by reason included) per agent (sorted) and bucket (in time order). */
    public static Map<String, Map<Bucket, AgentCell>> agents(Connection c, Buckets b, Set<String> names)
            throws SQLException {
        return agents(c, b, names, Grain.DAY);
    }

    /** {@link #agents} from tables no coarser than {@code coarsest}. */
    static Map<String, Map<Bucket, AgentCell>> agents(Connection c, Buckets b, Set<String> names, Grain coarsest)
            throws SQLException {
        Query<Object> q = new Query<>(b, names, null, coarsest);
        Map<String, Map<Bucket, Map<String, Duration>>> pauses = new HashMap<>();
        q.read(c, "report_pause", "agent", List.of("ms"), List.of(), true, (name, bucket, rs) -> pauses
                .computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(bucket, k -> new TreeMap<>())
                .put(rs.getString(3), Duration.ofMillis(rs.getLong(4))));
        Map<String, Map<Bucket, AgentCell>> out = new TreeMap<>();
        q.read(c, "report_agent", "agent", AgentColumns.NAMES, List.of(), false, (name, bucket, rs) -> out
                .computeIfAbsent(name, k -> new TreeMap<>(Buckets.ORDER)).put(bucket, AgentColumns.cell(
                        values(rs, AgentColumns.NAMES.size()), pauses.getOrDefault(name, Map.of())
                                .getOrDefault(bucket, Map.of()))));
        return out;
    }

    private static long[] values(ResultSet rs, int n) throws SQLException {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = rs.getLong(3 + i);
        }
        return v;
    }

    /** Receives one summed row: name, bucket, and the row (values from column 3, or reason and ms). */
    @FunctionalInterface
    private interface Sink {
        void accept(String name, Bucket bucket, ResultSet rs) throws SQLException;
    }

    /** One report's rollup reads: the bucket map and the rule group of each name. */
    private static final class Query<G> {
        private final Buckets buckets;
        private final Set<String> names;
        private final BucketMap map;
        private final List<String> groupNames = new ArrayList<>();
        private final List<Integer> groupOf = new ArrayList<>();

        Query(Buckets buckets, Set<String> names, QuarterFilter<G> filter, Grain coarsest) {
            this.buckets = buckets;
            this.names = names;
            List<G> rules = new ArrayList<>();
            if (filter != null) {
                rules.add(filter.other());
                filter.groups().forEach((name, rule) -> {
                    int g = rules.indexOf(rule);
                    if (g < 0) {
                        g = rules.size();
                        rules.add(rule);
                    }
                    if (g > 0) {
                        groupNames.add(name);
                        groupOf.add(g);
                    }
                });
            }
            this.map = BucketMap.of(buckets, filter, rules, coarsest);
        }

        void read(Connection c, String prefix, String nameColumn, List<String> columns, List<String> maxima,
                boolean pause, Sink sink) throws SQLException {
            Grain grain = map.grain();
            String time = "x." + grain.column();
            boolean sum = !map.oneRowEach();
            String values = columns.stream().map(n -> sum ? (maxima.contains(n) ? "max(x." : "sum(x.") + n
                    + ")::bigint" : "x." + n).collect(Collectors.joining(", "));
            String key = grain == Grain.DAY ? "date '1970-01-01' + u.k::int" : "to_timestamp(u.k)";
            boolean grouped = !groupNames.isEmpty();
            String sql = "select x." + nameColumn + ", m.b, " + (pause ? "x.reason, " : "") + values + " from "
                    + grain.table(prefix) + " x"
                    + (grouped ? " left join unnest(?::text[], ?::int[]) as g(name, grp) on g.name = x."
                            + nameColumn : "")
                    + " join (select u.grp, " + key + " as t, u.b from unnest(?::int[], ?::bigint[], ?::int[])"
                    + " as u(grp, k, b)) m on m.t = " + time + (grouped ? " and m.grp = coalesce(g.grp, 0)" : "")
                    + " where " + time + " >= ? and " + time + " < ?"
                    + (names.isEmpty() ? "" : " and x." + nameColumn + " = any(?)")
                    + (sum ? " group by x." + nameColumn + ", m.b" + (pause ? ", x.reason" : "") : "");
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                // a report's grouping is a few milliseconds of work: JIT compiling it would cost far more
                try (Statement st = c.createStatement()) {
                    st.execute("set local jit = off");
                    // a year of hour rows grouped in memory, not spilled to disk
                    st.execute("set local work_mem = '64MB'");
                }
                int i = 1;
                if (grouped) {
                    ps.setArray(i++, c.createArrayOf("text", groupNames.toArray()));
                    ps.setArray(i++, c.createArrayOf("integer", groupOf.toArray()));
                }
                ps.setArray(i++, c.createArrayOf("integer", map.groups().toArray()));
                ps.setArray(i++, c.createArrayOf("bigint", map.keys().toArray()));
                ps.setArray(i++, c.createArrayOf("integer", map.indexes().toArray()));
                if (grain == Grain.DAY) {
                    ps.setObject(i++, buckets.firstDay());
                    ps.setObject(i++, buckets.endDay());
                } else {
                    ps.setTimestamp(i++, Timestamp.from(buckets.period().start()));
                    ps.setTimestamp(i++, Timestamp.from(buckets.period().end()));
                }
                if (!names.isEmpty()) {
                    ps.setArray(i, c.createArrayOf("text", names.toArray()));
                }
                ps.setFetchSize(5_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getString(1), map.buckets().get(rs.getInt(2)), rs);
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        }
    }
}
