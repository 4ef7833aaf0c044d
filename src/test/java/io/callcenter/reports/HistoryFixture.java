package io.callcenter.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/** Writes ACD history rows (acd_call, acd_call_step, acd_agent_state) the way the ACD does, for report tests. */
final class HistoryFixture {

    static final String AST = "00:11:22:33:44:55";

    private final DataSource ds;

    HistoryFixture(DataSource ds) {
        this.ds = ds;
    }

    /** A call joins {@code queue} at {@code at}, at this position. */
    void enqueue(String call, String queue, Instant at, int position, String number) throws SQLException {
        exec("insert into acd_call (asterisk_id, call_id, server, queue, first_queue, did, caller_number, enqueued_at,"
                + " enqueue_position) values (?,?,'test',?,?,'5000',?,?,?)", AST, call, queue, queue, number, ts(at),
                position);
        step(call, at, "enqueue", queue, null, null, "position " + position, null);
    }

    void step(String call, Instant at, String kind, String queue, String agent, String channel, String detail,
            Integer cause) throws SQLException {
        exec("insert into acd_call_step (asterisk_id, call_id, at, kind, queue, agent, channel_id, detail, cause)"
                + " values (?,?,?,?,?,?,?,?,?)", AST, call, ts(at), kind, queue, agent, channel, detail, cause);
    }

    /** Sets columns of the call's row, e.g. {@code update(call, "outcome = ?", "answered")}. */
    void update(String call, String set, Object... values) throws SQLException {
        Object[] all = new Object[values.length + 2];
        System.arraycopy(values, 0, all, 0, values.length);
        all[values.length] = AST;
        all[values.length + 1] = call;
        exec("update acd_call set " + set + " where asterisk_id = ? and call_id = ?", all);
    }

    void state(String agent, Instant at, String from, String to, String reason, String call) throws SQLException {
        exec("insert into acd_agent_state (username, at, from_state, to_state, reason, call_id) values (?,?,?,?,?,?)",
                agent, ts(at), from, to, reason, call == null ? null : AST + ":" + call);
    }

    static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private void exec(String sql, Object... values) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
