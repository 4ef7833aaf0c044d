package io.callcenter.reports.rollup;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.reports.cdr.CallKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the projection and builds it again from the history: calls in key order, one transaction per batch; then
 * every agent's transitions in order, streamed, flushed every few thousand.
 */
final class Rebuilder {

    private static final String TABLES = "report_cdr, report_call_stay, report_queue_quarter, report_queue_hour,"
            + " report_queue_day, report_agent_quarter, report_agent_hour, report_agent_day, report_pause_quarter,"
            + " report_pause_hour, report_pause_day, report_agent_cursor,"
            + " report_dirty_call, report_dirty_call_key, report_pending_state";
    private static final int STATES_PER_FLUSH = 20_000;

    private final Projector projector;

    Rebuilder(Projector projector) {
        this.projector = projector;
    }

    long run() {
        Sql.inTransaction(projector.dataSource(), c -> {
            try (Statement s = c.createStatement()) {
                s.execute("truncate " + TABLES);
            }
            return null;
        });
        long calls = 0;
        CallKey after = new CallKey("", "");
        List<CallKey> keys;
        do {
            keys = nextKeys(after);
            if (!keys.isEmpty()) {
                List<CallKey> batchKeys = keys;
                Sql.inTransaction(projector.dataSource(), c -> {
                    RollupBatch batch = projector.newBatch();
                    projector.projectCalls(c, batchKeys, batch, true);
                    RollupWriter.write(c, batch);
                    return null;
                });
                calls += keys.size();
                after = keys.get(keys.size() - 1);
            }
        } while (keys.size() == projector.batchSize());
        Sql.inTransaction(projector.dataSource(), this::states);
        return calls;
    }

    private List<CallKey> nextKeys(CallKey after) {
        return Sql.inTransaction(projector.dataSource(), c -> {
            List<CallKey> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select asterisk_id, call_id from acd_call"
                    + " where (asterisk_id, call_id) > (?, ?) order by asterisk_id, call_id limit ?")) {
                ps.setString(1, after.asteriskId());
                ps.setString(2, after.callId());
                ps.setInt(3, projector.batchSize());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CallKey(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** Every transition, per agent in order, on one connection (a cursor needs a transaction). */
    private Void states(Connection c) throws SQLException {
        AgentStateProjector states = new AgentStateProjector();
        RollupBatch batch = projector.newBatch();
        int inBatch = 0;
        try (PreparedStatement ps = c.prepareStatement("select id, username, at, to_state, reason from acd_agent_state"
                + " order by username, at, id")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.accept(rs.getString(2), rs.getLong(1), rs.getTimestamp(3).toInstant(),
                            AgentState.valueOf(rs.getString(4)), rs.getString(5), batch);
                    if (++inBatch == STATES_PER_FLUSH) {
                        RollupWriter.write(c, batch);
                        batch = projector.newBatch();
                        inBatch = 0;
                    }
                }
            }
        }
        RollupWriter.write(c, batch);
        states.save(c);
        return null;
    }
}
