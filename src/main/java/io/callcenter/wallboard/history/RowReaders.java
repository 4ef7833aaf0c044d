package io.callcenter.wallboard.history;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.SlRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Maps result sets of {@link HistorySql} to row records. */
final class RowReaders {

    private RowReaders() {
    }

    static List<StepRow> steps(Connection c, String sql, Object... params) throws SQLException {
        List<StepRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            HistoryLoader.bind(c, ps, null, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StepRow(rs.getLong("id"), rs.getString("asterisk_id") + ":" + rs.getString("call_id"),
                            HistoryLoader.instant(rs, "at"), rs.getString("kind"), rs.getString("queue"),
                            rs.getString("agent"), rs.getString("detail"), rs.getString("did"),
                            rs.getString("caller_number"), rs.getString("caller_name"), rs.getInt("priority"),
                            SlRules.recorded(nullableLong(rs, "sl_threshold_ms"), nullableLong(rs, "short_abandon_ms"),
                                    rs.getString("sl_formula"))));
                }
            }
        }
        return rows;
    }

    static List<AgentStateRow> states(Connection c, String sql, Collection<String> agents, Object... params)
            throws SQLException {
        List<AgentStateRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            HistoryLoader.bind(c, ps, agents, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AgentStateRow(rs.getLong("id"), rs.getString("username"),
                            HistoryLoader.instant(rs, "at"), AgentState.valueOf(rs.getString("from_state")),
                            AgentState.valueOf(rs.getString("to_state")), rs.getString("reason"),
                            rs.getString("call_id"), rs.getString("queue")));
                }
            }
        }
        return rows;
    }

    static List<AgentQueuesRow> queues(Connection c, String sql, Collection<String> agents, Object... params)
            throws SQLException {
        List<AgentQueuesRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            HistoryLoader.bind(c, ps, agents, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String q = rs.getString("queues");
                    rows.add(new AgentQueuesRow(rs.getLong("id"), rs.getString("username"),
                            HistoryLoader.instant(rs, "at"), q.isBlank() ? List.of() : Arrays.asList(q.split(","))));
                }
            }
        }
        return rows;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
