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

/**
 * Adds a {@link RollupBatch} to the rollup tables (quarter hour, hour, day): one batched upsert per table, sums
 * added, maxima kept.
 */
final class RollupWriter {

    private RollupWriter() {
    }

    static void write(Connection c, RollupBatch batch) throws SQLException {
        for (Grain g : Grain.values()) {
            Map<RollupKey, QueueCell> queues = g == Grain.QUARTER ? batch.queues
                    : batch.coarser(batch.queues, g, QueueCell::plus);
            Map<RollupKey, AgentCell> agents = g == Grain.QUARTER ? batch.agents
                    : batch.coarser(batch.agents, g, AgentCell::plus);
            upsert(c, g.table("report_queue"), "queue", g, QueueColumns.NAMES, QueueColumns.MAXIMA, queues,
                    QueueColumns::values);
            upsert(c, g.table("report_agent"), "agent", g, AgentColumns.NAMES, List.of(), agents,
                    AgentColumns::values);
            pauses(c, agents, g);
        }
    }

    private static <T> void upsert(Connection c, String table, String nameColumn, Grain grain, List<String> names,
            List<String> maxima, Map<RollupKey, T> cells, Function<T, long[]> values) throws SQLException {
        String updates = names.stream().map(n -> n + " = " + (maxima.contains(n)
                ? "greatest(t." + n + ", excluded." + n + ")" : "t." + n + " + excluded." + n))
                .collect(Collectors.joining(", "));
        String sql = "insert into " + table + " as t (" + nameColumn + ", " + grain.column() + ", "
                + String.join(", ", names) + ") values (?, ?" + ", ?".repeat(names.size()) + ") on conflict ("
                + nameColumn + ", " + grain.column() + ") do update set " + updates;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<RollupKey, T> e : cells.entrySet()) {
                RollupKey k = e.getKey();
                if (k.grain() != grain) {
                    continue;
                }
                bindKey(ps, k);
                long[] v = values.apply(e.getValue());
                for (int i = 0; i < v.length; i++) {
                    ps.setLong(3 + i, v[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void pauses(Connection c, Map<RollupKey, AgentCell> agents, Grain grain) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into " + grain.table("report_pause") + " as t (agent, "
                + grain.column() + ", reason, ms) values (?, ?, ?, ?) on conflict (agent, " + grain.column()
                + ", reason) do update set ms = t.ms + excluded.ms")) {
            for (Map.Entry<RollupKey, AgentCell> e : agents.entrySet()) {
                RollupKey k = e.getKey();
                if (k.grain() != grain) {
                    continue;
                }
                for (Map.Entry<String, Duration> p : e.getValue().time().pausedByReason().entrySet()) {
                    bindKey(ps, k);
                    ps.setString(3, p.getKey());
                    ps.setLong(4, p.getValue().toMillis());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement ps, RollupKey k) throws SQLException {
        ps.setString(1, k.name());
        if (k.grain() == Grain.DAY) {
            ps.setDate(2, Date.valueOf(k.day()));
        } else {
            ps.setTimestamp(2, Timestamp.from(k.at()));
        }
    }
}
