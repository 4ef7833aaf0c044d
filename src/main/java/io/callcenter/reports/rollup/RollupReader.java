package io.callcenter.reports.rollup;

import io.callcenter.reports.Bucket;
import io.callcenter.reports.Buckets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Reads rollups summed per name (queue or agent) and {@link Bucket}: each rollup row is put in its bucket of a
 * {@link BucketMap} (day, hour or quarter-hour tables, the coarsest that serves the report) through its
 * {@link KeyIndex} and read as its one packed value (V100).
 * Long periods are read in two halves at once on two connections and summed in plain arrays ({@link RollupSums});
 * cell objects are built once per report row.
 */
public final class RollupReader {

    /** From this many bucket-map keys on (a week of hours, ~100 days), a read is split across two connections. */
    static final int SPLIT_KEYS = 100;

    private RollupReader() {
    }

    /** Queue cells and totals; {@code filter} null keeps every quarter hour. */
    public static <G> RollupCells<QueueCell> queues(DataSource ds, Buckets b, Set<String> names,
            QuarterFilter<G> filter) throws SQLException {
        return queues(ds, b, names, filter, true);
    }

    /** {@link #queues(DataSource, Buckets, Set, QuarterFilter)}, the abandon positions left unread unless asked. */
    public static <G> RollupCells<QueueCell> queues(DataSource ds, Buckets b, Set<String> names,
            QuarterFilter<G> filter, boolean positions) throws SQLException {
        Query q = Query.of(b, names, filter, Grain.DAY);
        RollupSums sums = q.read(ds, null, positions ? RollupTable.QUEUE : RollupTable.QUEUE_COUNTS);
        return q.cells(sums, (v, none) -> QueueColumns.cell(v));
    }

    /** Agent cells (pauses by reason included) and totals. */
    public static RollupCells<AgentCell> agents(DataSource ds, Buckets b, Set<String> names) throws SQLException {
        Query q = Query.of(b, names, null, Grain.DAY);
        RollupSums sums = q.read(ds, null, RollupTable.AGENT, RollupTable.PAUSE);
        return agentCells(q, sums);
    }

    /** Queue cells per queue and bucket on one connection (halves in turn). */
    public static <G> Map<String, Map<Bucket, QueueCell>> queues(Connection c, Buckets b, Set<String> names,
            QuarterFilter<G> filter) throws SQLException {
        return queues(c, b, names, filter, Grain.DAY);
    }

    /** {@link #queues} from tables no coarser than {@code coarsest} (tests compare the grains). */
    static <G> Map<String, Map<Bucket, QueueCell>> queues(Connection c, Buckets b, Set<String> names,
            QuarterFilter<G> filter, Grain coarsest) throws SQLException {
        Query q = Query.of(b, names, filter, coarsest);
        return q.cells(q.read(null, c, RollupTable.QUEUE), (v, none) -> QueueColumns.cell(v)).rows();
    }

    /** Agent cells per agent and bucket on one connection. */
    public static Map<String, Map<Bucket, AgentCell>> agents(Connection c, Buckets b, Set<String> names)
            throws SQLException {
        return agents(c, b, names, Grain.DAY);
    }

    /** {@link #agents} from tables no coarser than {@code coarsest}. */
    static Map<String, Map<Bucket, AgentCell>> agents(Connection c, Buckets b, Set<String> names, Grain coarsest)
            throws SQLException {
        Query q = Query.of(b, names, null, coarsest);
        return agentCells(q, q.read(null, c, RollupTable.AGENT, RollupTable.PAUSE)).rows();
    }

    private static RollupCells<AgentCell> agentCells(Query q, RollupSums sums) {
        return q.cells(sums, (v, pauses) -> AgentColumns.cell(v, durations(pauses)));
    }

    private static Map<String, Duration> durations(Map<String, Long> ms) {
        Map<String, Duration> d = new TreeMap<>();
        ms.forEach((reason, v) -> d.put(reason, Duration.ofMillis(v)));
        return d;
    }

    /** One report's rollup reads: the bucket map, the rule group of each name, the key range. */
    private record Query(Buckets buckets, BucketMap map, RollupSql sql, long from, long to) {

        static <G> Query of(Buckets buckets, Set<String> names, QuarterFilter<G> filter, Grain coarsest) {
            List<G> rules = new ArrayList<>();
            List<String> groupNames = new ArrayList<>();
            List<Integer> groupOf = new ArrayList<>();
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
            BucketMap map = BucketMap.of(buckets, filter, rules, coarsest);
            boolean days = map.grain() == Grain.DAY;
            long from = days ? buckets.firstDay().toEpochDay() : buckets.period().start().getEpochSecond();
            long to = days ? buckets.endDay().toEpochDay() : buckets.period().end().getEpochSecond();
            KeyIndex index = KeyIndex.of(map, Math.max(1, rules.size()));
            return new Query(buckets, map, new RollupSql(map, names, groupNames, groupOf, index), from, to);
        }

        /**
         * The tables summed: with a data source, a long period in two halves at once, else at once; on a connection,
         * in two halves in turn (so the halves' sum is what every read takes apart and puts together).
         */
        RollupSums read(DataSource ds, Connection c, RollupTable... tables) throws SQLException {
            List<Long> keys = map.keys();
            boolean[] maxima = tables[0].maximaFlags();
            int n = map.buckets().size();
            RollupSums first = new RollupSums(maxima, n);
            if (keys.isEmpty() || ds != null && keys.size() < SPLIT_KEYS) {
                try (Connection own = c == null ? ds.getConnection() : null) {
                    readRange(c == null ? own : c, tables, from, to, false, first);
                }
                return first;
            }
            long mid = keys.get(keys.size() / 2);
            RollupSums second = new RollupSums(maxima, n);
            Halves.Part a = x -> readRange(x, tables, from, mid, ds != null, first);
            Halves.Part b = x -> readRange(x, tables, mid, to, ds != null, second);
            if (ds != null) {
                Halves.together(ds, a, b);
            } else {
                Halves.inTurn(c, a, b);
            }
            first.addAll(second);
            return first;
        }

        private void readRange(Connection c, RollupTable[] tables, long lo, long hi, boolean split, RollupSums into)
                throws SQLException {
            for (RollupTable t : tables) {
                sql.read(c, t, lo, hi, split, into);
            }
        }

        /** Cells per name (sorted) and bucket (in {@link Buckets#ORDER}), and per-name totals. */
        <C> RollupCells<C> cells(RollupSums sums, BiFunction<long[], Map<String, Long>, C> cell) {
            List<Bucket> all = map.buckets();
            int[] order = IntStream.range(0, all.size()).boxed().sorted(Comparator.comparing(all::get,
                    Buckets.ORDER)).mapToInt(Integer::intValue).toArray();
            // names in parallel (both cores): ~100k report rows are built here, one object graph each
            List<String> names = List.copyOf(new TreeSet<>(sums.names()));
            List<Map.Entry<Map<Bucket, C>, C>> built = names.parallelStream().map(name -> {
                // sized up front: growing to a year of hours rehashed every cell several times
                Map<Bucket, C> cells = new LinkedHashMap<>(sums.buckets(name) * 4 / 3 + 1);
                Map<String, Long> pauseTotal = new TreeMap<>();
                for (int b : order) {
                    long[] values = sums.row(name, b);
                    if (values != null) {
                        Map<String, Long> pauses = sums.pauses(name, b);
                        cells.put(all.get(b), cell.apply(values, pauses));
                        pauses.forEach((reason, ms) -> pauseTotal.merge(reason, ms, Long::sum));
                    }
                }
                return Map.entry(cells, cell.apply(sums.total(name), pauseTotal));
            }).toList();
            Map<String, Map<Bucket, C>> rows = new TreeMap<>();
            Map<String, C> totals = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                rows.put(names.get(i), built.get(i).getKey());
                totals.put(names.get(i), built.get(i).getValue());
            }
            return new RollupCells<>(rows, totals);
        }
    }
}
