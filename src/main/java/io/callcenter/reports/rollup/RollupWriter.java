package io.callcenter.reports.rollup;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Adds a {@link RollupBatch} to the rollup tables: one batched upsert per table, sums added, maxima kept. */
final class RollupWriter {

    private RollupWriter() {
    }

    static void write(Connection c, RollupBatch batch) throws SQLException {
        upsert(c, "report_queue_quarter", "quarter", QueueColumns.NAMES, QueueColumns.MAXIMA, batch.queues, true,
                QueueColumns::values);
        upsert(c, "report_queue_day", "day", QueueColumns.NAMES, QueueColumns.MAXIMA, batch.queues, false,
                QueueColumns::values);
        upsert(c, "report_agent_quarter", "quarter", AgentColumns.NAMES, List.of(), batch.agents, true,
                AgentColumns::values);
        upsert(c, "report_agent_day", "day", AgentColumns.NAMES, List.of(), batch.agents, false,
                AgentColumns::values);
        pauses(c, batch, true);
        pauses(c, batch, false);
    }

    private static <T> void upsert(Connection c, String table, String timeColumn, List<String> names,
            List<String> maxima, Map<RollupKey, T> cells, boolean quarters, Function<T, long[]> values)
            throws SQLException {
        String nameColumn = table.startsWith("report_queue") ? "queue" : "agent";
        String updates = names.stream().map(n -> n + " = " + (maxima.contains(n)
                ? "greatest(t." + n + ", excluded." + n + ")" : "t." + n + " + excluded." + n))
                .collect(Collectors.joining(", "));
        String sql = "insert into " + table + " as t (" + nameColumn + ", " + timeColumn + ", "
                + String.join(", ", names) + ") values (?, ?" + ", ?".repeat(names.size()) + ") on conflict ("
                + nameColumn + ", " + timeColumn + ") do update set " + updates;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<RollupKey, T> e : cells.entrySet()) {
                RollupKey k = e.getKey();
                if ((k.quarter() != null) != quarters) {
                    continue;
                }
                ps.setString(1, k.name());
                if (quarters) {
                    ps.setTimestamp(2, Timestamp.from(k.quarter()));
                } else {
                    ps.setDate(2, Date.valueOf(k.day()));
                }
                long[] v = values.apply(e.getValue());
                for (int i = 0; i < v.length; i++) {
                    ps.setLong(3 + i, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void pauses(Connection c, RollupBatch batch, boolean quarters) throws SQLException {
        String table = quarters ? "report_pause_quarter" : "report_pause_day";
        String time = quarters ? "quarter" : "day";
        try (PreparedStatement ps = c.prepareStatement("insert into " + table + " as t (agent, " + time
                + ", reason, ms) values (?, ?, ?, ?) on conflict (agent, " + time + ", reason) do update set"
                + " ms = t.ms + excluded.ms")) {
            for (Map.Entry<RollupKey, AgentCell> e : batch.agents.entrySet()) {
                RollupKey k = e.getKey();
                if ((k.quarter() != null) != quarters) {
                    continue;
                }
                for (Map.Entry<String, Duration> p : e.getValue().time().pausedByReason().entrySet()) {
                    ps.setString(1, k.name());
                    if (quarters) {
                        ps.setTimestamp(2, Timestamp.from(k.quarter()));
                    } else {
                        ps.setDate(2, Date.valueOf(k.day()));
                    }
                    ps.setString(3, p.getKey());
                    ps.setLong(4, p.getValue().toMillis());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
