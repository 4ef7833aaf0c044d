package io.callcenter.reports.rollup;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.StateInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns agent transitions into closed state intervals for the rollups: each transition closes the interval the
 * agent's previous one opened. Where each agent stands is kept in {@code report_agent_cursor}.
 */
final class AgentStateProjector {

    /** An agent's last transition taken into account. */
    record Cursor(long stateId, Instant at, AgentState state, Optional<String> reason) {
    }

    private final Map<String, Cursor> cursors = new HashMap<>();
    private final Map<String, Cursor> changed = new HashMap<>();

    /** Feeds one transition (in per-agent order); older than the agent's cursor = already counted, skipped. */
    void accept(String agent, long id, Instant at, AgentState to, String reason, RollupBatch batch) {
        Cursor c = cursors.get(agent);
        if (c != null && (at.isBefore(c.at()) || at.equals(c.at()) && id <= c.stateId())) {
            return;
        }
        if (c != null) {
            batch.addInterval(agent, new StateInterval(c.state(), c.at(), at, c.reason()));
        }
        Cursor next = new Cursor(id, at, to, to == AgentState.PAUSED ? Optional.ofNullable(reason) : Optional.empty());
        cursors.put(agent, next);
        changed.put(agent, next);
    }

    /** Loads the cursors of these agents (those not loaded yet). */
    void load(Connection c, Iterable<String> agents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select state_id, at, state, reason from report_agent_cursor"
                + " where agent = ? for update")) {
            for (String agent : agents) {
                if (cursors.containsKey(agent)) {
                    continue;
                }
                ps.setString(1, agent);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        cursors.put(agent, new Cursor(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                                AgentState.valueOf(rs.getString(3)), Optional.ofNullable(rs.getString(4))));
                    }
                }
            }
        }
    }

    /** Saves the cursors that moved. */
    void save(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into report_agent_cursor (agent, state_id, at, state,"
                + " reason) values (?,?,?,?,?) on conflict (agent) do update set state_id = excluded.state_id,"
                + " at = excluded.at, state = excluded.state, reason = excluded.reason")) {
            for (Map.Entry<String, Cursor> e : changed.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue().stateId());
                ps.setTimestamp(3, Timestamp.from(e.getValue().at()));
                ps.setString(4, e.getValue().state().name());
                ps.setString(5, e.getValue().reason().orElse(null));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        changed.clear();
    }
}
