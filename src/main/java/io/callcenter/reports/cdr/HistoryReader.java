package io.callcenter.reports.cdr;

import io.callcenter.acd.config.SlRules;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the history of a batch of calls: their acd_call rows, steps, and the end of their wrap-up. */
public final class HistoryReader {

    private static final String KEYS = " join unnest(?::text[], ?::text[]) as k(a, c) on x.asterisk_id = k.a"
            + " and x.call_id = k.c";
    private static final String CALLS = "select x.*, (select min(s.at) from acd_agent_state s"
            + " where s.call_id = x.asterisk_id || ':' || x.call_id and s.username = x.agent"
            + " and s.from_state in ('ON_CALL', 'WRAP_UP') and s.to_state in ('READY', 'PAUSED', 'LOGGED_OUT'))"
            + " as agent_wrap_end from acd_call x";

    private HistoryReader() {
    }

    /** The calls with these keys (absent ones left out), in no particular order. */
    public static List<CallHistory> read(Connection c, List<CallKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<CallKey, List<StepRow>> steps = steps(c, keys);
        List<CallHistory> out = new ArrayList<>(keys.size());
        try (PreparedStatement ps = c.prepareStatement(CALLS + KEYS)) {
            bindKeys(c, ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CallKey key = new CallKey(rs.getString("asterisk_id"), rs.getString("call_id"));
                    out.add(history(rs, steps.getOrDefault(key, List.of())));
                }
            }
        }
        return out;
    }

    private static Map<CallKey, List<StepRow>> steps(Connection c, List<CallKey> keys) throws SQLException {
        Map<CallKey, List<StepRow>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select x.* from acd_call_step x" + KEYS
                + " order by x.asterisk_id, x.call_id, x.id")) {
            bindKeys(c, ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(new CallKey(rs.getString("asterisk_id"), rs.getString("call_id")),
                            k -> new ArrayList<>()).add(new StepRow(rs.getLong("id"), instant(rs, "at"),
                                    rs.getString("kind"), rs.getString("queue"), rs.getString("agent"),
                                    rs.getString("channel_id"), rs.getString("detail"), integer(rs, "cause"),
                                    SlRules.recorded(longOrNull(rs, "sl_threshold_ms"),
                                            longOrNull(rs, "short_abandon_ms"), rs.getString("sl_formula"))));
                }
            }
        }
        return out;
    }

    private static CallHistory history(ResultSet rs, List<StepRow> steps) throws SQLException {
        long abandonWait = rs.getLong("abandon_wait_ms");
        Long abandonWaitMs = rs.wasNull() ? null : abandonWait;
        return new CallHistory(rs.getString("asterisk_id"), rs.getString("call_id"), rs.getString("caller_number"),
                rs.getString("caller_name"), rs.getString("did"), rs.getString("first_queue"), rs.getString("queue"),
                instant(rs, "enqueued_at"), integer(rs, "enqueue_position"), instant(rs, "answered_at"),
                rs.getString("agent"), rs.getString("outcome"), rs.getString("overflow_reason"), abandonWaitMs,
                integer(rs, "abandon_position"), rs.getString("transferred_to"), rs.getString("hangup_side"),
                integer(rs, "hangup_cause"), rs.getString("disposition"), instant(rs, "ended_at"),
                rs.getLong("hold_ms"), instant(rs, "wrap_ended_at"), rs.getString("recording"), steps,
                Optional.ofNullable(instant(rs, "agent_wrap_end")));
    }

    static void bindKeys(Connection c, PreparedStatement ps, List<CallKey> keys) throws SQLException {
        Array a = c.createArrayOf("text", keys.stream().map(CallKey::asteriskId).toArray());
        Array b = c.createArrayOf("text", keys.stream().map(CallKey::callId).toArray());
        ps.setArray(1, a);
        ps.setArray(2, b);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
