package io.callcenter.reports.rollup;

import io.callcenter.reports.Bucket;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.ReportBucket;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads rollups summed per name (queue or agent) and {@link Bucket}: day-sized buckets over whole business days
 * come from the day tables grouped in SQL, anything else from the quarter-hour tables grouped here.
 */
public final class RollupReader {

    /** Which quarter hours of which name to keep (the business-hours filter); null keeps all. */
    public interface QuarterFilter extends BiFunction<String, Instant, Boolean> {
    }

    private RollupReader() {
    }

    /** Queue cells per queue (sorted) and bucket (in time order). */
    public static Map<String, Map<Bucket, QueueCell>> queues(Connection c, Buckets b, Set<String> names,
            QuarterFilter filter) throws SQLException {
        Map<String, Map<Bucket, QueueCell>> out = new TreeMap<>();
        read(c, "report_queue", "queue", QueueColumns.NAMES, QueueColumns.MAXIMA, b, names, filter, (name, bucket,
                v) -> out.computeIfAbsent(name, k -> new TreeMap<>(Buckets.ORDER)).merge(bucket, QueueColumns.cell(v),
                        QueueCell::plus));
        return out;
    }

    /** Agent cells (pauses by reason included) per agent (sorted) and bucket (in time order). */
    public static Map<String, Map<Bucket, AgentCell>> agents(Connection c, Buckets b, Set<String> names)
            throws SQLException {
        Map<String, Map<Bucket, Map<String, Duration>>> pauses = new HashMap<>();
        read(c, "report_pause", "agent", List.of("ms"), List.of(), b, names, null, null, (name, bucket, reason,
                ms) -> pauses.computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(bucket, k -> new TreeMap<>())
                        .merge(reason, Duration.ofMillis(ms), Duration::plus));
        Map<String, Map<Bucket, AgentCell>> out = new TreeMap<>();
        Set<List<Object>> given = new java.util.HashSet<>();
        read(c, "report_agent", "agent", AgentColumns.NAMES, List.of(), b, names, null, (name, bucket, v) -> {
            // the pauses are already summed per bucket, which may span several quarter rows: add them once
            Map<String, Duration> p = given.add(List.of(name, bucket))
                    ? pauses.getOrDefault(name, Map.of()).getOrDefault(bucket, Map.of()) : Map.of();
            out.computeIfAbsent(name, k -> new TreeMap<>(Buckets.ORDER)).merge(bucket, AgentColumns.cell(v, p),
                    AgentCell::plus);
        });
        return out;
    }

    /** Receives one summed row. */
    @FunctionalInterface
    private interface Sink {
        void accept(String name, Bucket bucket, long[] values);
    }

    /** Receives one summed pause row. */
    @FunctionalInterface
    private interface PauseSink {
        void accept(String name, Bucket bucket, String reason, long ms);
    }

    private static void read(Connection c, String prefix, String nameColumn, List<String> columns, List<String> maxima,
            Buckets b, Set<String> names, QuarterFilter filter, Sink sink) throws SQLException {
        read(c, prefix, nameColumn, columns, maxima, b, names, filter, sink, null);
    }

    private static void read(Connection c, String prefix, String nameColumn, List<String> columns, List<String> maxima,
            Buckets b, Set<String> names, QuarterFilter filter, Sink sink, PauseSink pauses) throws SQLException {
        boolean days = filter == null && b.wholeDays();
        boolean pause = pauses != null;
        String group = days ? groupExpression(b.kind()) : "quarter";
        String values = columns.stream().map(n -> days ? (maxima.contains(n) ? "max(" : "sum(") + n + ")::bigint" : n)
                .collect(Collectors.joining(", "));
        String sql = "select " + nameColumn + ", " + group + " as b, " + (pause ? "reason, " : "") + values + " from "
                + prefix + (days ? "_day" : "_quarter") + " where " + (days ? "day" : "quarter") + " >= ? and "
                + (days ? "day" : "quarter") + " < ?" + (names.isEmpty() ? "" : " and " + nameColumn + " = any(?)")
                + (days ? " group by " + nameColumn + ", b" + (pause ? ", reason" : "") : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (days) {
                ps.setDate(1, Date.valueOf(b.firstDay()));
                ps.setDate(2, Date.valueOf(b.endDay()));
            } else {
                ps.setTimestamp(1, Timestamp.from(b.period().start()));
                ps.setTimestamp(2, Timestamp.from(b.period().end()));
            }
            if (!names.isEmpty()) {
                ps.setArray(3, c.createArrayOf("text", names.toArray()));
            }
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                int first = pause ? 4 : 3;
                while (rs.next()) {
                    String name = rs.getString(1);
                    Bucket bucket;
                    if (days) {
                        bucket = b.ofDay(rs.getDate(2).toLocalDate());
                    } else {
                        Instant q = rs.getTimestamp(2).toInstant();
                        if (filter != null && !filter.apply(name, q)) {
                            continue;
                        }
                        bucket = b.ofQuarter(q);
                    }
                    if (pause) {
                        pauses.accept(name, bucket, rs.getString(3), rs.getLong(4));
                        continue;
                    }
                    long[] v = new long[columns.size()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(first + i);
                    }
                    sink.accept(name, bucket, v);
                }
            }
        }
    }

    /** The day-table group: a date standing for the bucket (see {@link Buckets#ofDay}). */
    private static String groupExpression(ReportBucket kind) {
        return switch (kind) {
            case DAY -> "day";
            case MONTH -> "date_trunc('month', day)::date";
            // 2024-01-01 is a Monday: one date per weekday
            case WEEKDAY -> "date '2024-01-01' + (extract(isodow from day)::int - 1)";
            default -> "date '2000-01-01'";
        };
    }
}
