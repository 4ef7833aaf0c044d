package io.callcenter.acd.record;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The agent desk's columns of {@code acd_call} (V45: hold, recording, wrap-up end; transfers), written in order with
 * the other ACD records; the matching steps go through {@link CallRecords#step}.
 */
@ApplicationScoped
public class HandlingRecords {

    private final RecordWriter writer;

    HandlingRecords(RecordWriter writer) {
        this.writer = writer;
    }

    public void held(String ast, String callId, Instant since) {
        update(ast, callId, "held_since = ?", Timestamp.from(since));
    }

    /** Closes the open hold interval: its length is added to {@code hold_ms}. */
    public void unheld(String ast, String callId, long heldMs) {
        update(ast, callId, "hold_ms = hold_ms + ?, held_since = null", heldMs);
    }

    public void recording(String ast, String callId, String name) {
        update(ast, callId, "recording = ?", name);
    }

    /** Another agent (or party) took the call over: the row follows the current one, {@code answered_at} stays. */
    public void agentChanged(String ast, String callId, String agent, String agentChannel, String bridge) {
        update(ast, callId, "agent = ?, agent_channel = ?, call_bridge = ?", agent, agentChannel, bridge);
    }

    public void queueChanged(String ast, String callId, String queue) {
        update(ast, callId, "queue = ?", queue);
    }

    /**
     * An agent's wrap-up for the call ended; only the row's agent (the last one who answered) sets
     * {@code wrap_ended_at}: an agent who transferred the call away wraps up before the call ends.
     */
    public void wrapEnded(String ast, String callId, String agent, Instant at) {
        updateWhere(ast, callId, " and agent = ?", "wrap_ended_at = ?", Timestamp.from(at), agent);
    }

    private void update(String ast, String callId, String set, Object... values) {
        updateWhere(ast, callId, "", set, values);
    }

    /** {@code values} = the SET placeholders, then those of {@code extraWhere}. */
    private void updateWhere(String ast, String callId, String extraWhere, String set, Object... values) {
        int setCount = (int) set.chars().filter(c -> c == '?').count();
        writer.submit(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update acd_call set " + set
                    + " where asterisk_id = ? and call_id = ?" + extraWhere)) {
                int i = 1;
                for (int v = 0; v < setCount; v++) {
                    ps.setObject(i++, values[v]);
                }
                ps.setString(i++, ast);
                ps.setString(i++, callId);
                for (int v = setCount; v < values.length; v++) {
                    ps.setObject(i++, values[v]);
                }
                ps.executeUpdate();
            }
        });
    }
}
