package io.callcenter.acd.record;

import io.callcenter.acd.config.SlRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/** The per-call records of the ACD ({@code acd_call}, {@code acd_call_step}), written in order off the event path. */
@ApplicationScoped
public class CallRecords {

    private final RecordWriter writer;

    CallRecords(RecordWriter writer) {
        this.writer = writer;
    }

    public void enqueued(NewCall c) {
        writer.submit(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into acd_call (asterisk_id, call_id, server, queue,"
                    + " first_queue, did, caller_number, caller_name, priority, enqueued_at, enqueue_position,"
                    + " holding_bridge) values (?,?,?,?,?,?,?,?,?,?,?,?) on conflict do nothing")) {
                ps.setString(1, c.asteriskId());
                ps.setString(2, c.callId());
                ps.setString(3, c.server());
                ps.setString(4, c.queue());
                ps.setString(5, c.queue());
                ps.setString(6, c.did());
                ps.setString(7, c.callerNumber());
                ps.setString(8, c.callerName());
                ps.setInt(9, c.priority());
                ps.setTimestamp(10, Timestamp.from(c.enqueuedAt()));
                ps.setInt(11, c.position());
                ps.setString(12, c.holdingBridge());
                ps.executeUpdate();
            }
        });
        stayStep(c.asteriskId(), c.callId(), c.enqueuedAt(), "enqueue", c.queue(), "position " + c.position(),
                c.rules());
    }

    /** The ACD moved the call to another queue: a new stay, with that queue's rules now. */
    public void movedToQueue(String ast, String callId, Instant at, String queue, SlRules rules) {
        stayStep(ast, callId, at, "transfer", queue, "queue " + queue, rules);
    }

    private void stayStep(String ast, String callId, Instant at, String kind, String queue, String detail,
            SlRules rules) {
        writer.submit(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into acd_call_step (asterisk_id, call_id, at, kind,"
                    + " queue, detail, sl_threshold_ms, short_abandon_ms, sl_formula) values (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, ast);
                ps.setString(2, callId);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setString(4, kind);
                ps.setString(5, queue);
                ps.setString(6, detail);
                ps.setLong(7, rules.serviceLevel().toMillis());
                ps.setLong(8, rules.shortAbandon().toMillis());
                ps.setString(9, rules.slFormula().name());
                ps.executeUpdate();
            }
        });
    }

    /** One step of the call's story (offer, offer_result, answer, abandon, overflow, transfer, hangup...). */
    public void step(String ast, String callId, Instant at, String kind, String queue, String agent, String channel,
            String detail, Integer cause) {
        writer.submit(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("insert into acd_call_step (asterisk_id, call_id, at, kind,"
                    + " queue, agent, channel_id, detail, cause) values (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, ast);
                ps.setString(2, callId);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setString(4, kind);
                ps.setString(5, queue);
                ps.setString(6, agent);
                ps.setString(7, channel);
                ps.setString(8, detail);
                setInt(ps, 9, cause);
                ps.executeUpdate();
            }
        });
    }

    public void priority(String ast, String callId, int priority) {
        update(ast, callId, "priority = ?", priority);
    }

    public void queueChanged(String ast, String callId, String queue, String reason, String target) {
        update(ast, callId, "queue = ?, overflow_reason = ?, overflow_target = ?", queue, reason, target);
    }

    public void holdingBridge(String ast, String callId, String bridge) {
        update(ast, callId, "holding_bridge = ?", bridge);
    }

    public void answered(String ast, String callId, Instant at, String agent, String agentChannel, String bridge) {
        update(ast, callId, "answered_at = ?, agent = ?, agent_channel = ?, call_bridge = ?, outcome = 'answered'",
                Timestamp.from(at), agent, agentChannel, bridge);
    }

    public void abandoned(String ast, String callId, long waitMs, int position) {
        update(ast, callId, "outcome = 'abandoned', abandon_wait_ms = ?, abandon_position = ?", waitMs, position);
    }

    public void overflowed(String ast, String callId, String reason, String target) {
        update(ast, callId, "outcome = 'overflowed', overflow_reason = ?, overflow_target = ?", reason, target);
    }

    public void transferred(String ast, String callId, String to) {
        update(ast, callId, "transferred_to = ?", to);
    }

    public void disposition(String ast, String callId, String code) {
        update(ast, callId, "disposition = ?", code);
    }

    public void ended(String ast, String callId, Instant at, String side, Integer cause) {
        update(ast, callId, "ended_at = ?, hangup_side = ?, hangup_cause = ?", Timestamp.from(at), side, cause);
    }

    private void update(String ast, String callId, String set, Object... values) {
        writer.submit(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update acd_call set " + set
                    + " where asterisk_id = ? and call_id = ?")) {
                int i = 1;
                for (Object v : values) {
                    ps.setObject(i++, v);
                }
                ps.setString(i++, ast);
                ps.setString(i, callId);
                ps.executeUpdate();
            }
        });
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
