package io.callcenter.mirror.history;

import io.callcenter.mirror.history.LifecycleBatch.MembershipKind;
import io.callcenter.mirror.history.LifecycleBatch.MembershipOp;
import io.callcenter.mirror.history.LifecycleBatch.StateChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link LifecycleBatch}. Every statement is idempotent: replaying events (or a whole trace) leaves the
 * rows as they were, because values merge as latest non-null, first non-null, earliest time or first close.
 */
final class LifecycleSql {

    private static final Map<MembershipKind, String> MEMBERSHIP = Map.of(
            MembershipKind.ENTER, """
                    INSERT INTO bridge_membership (asterisk_id, bridge_id, channel_id, entered_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            MembershipKind.LEAVE, """
                    UPDATE bridge_membership SET left_at = ?
                    WHERE asterisk_id = ? AND bridge_id = ? AND channel_id = ? AND left_at IS NULL AND entered_at <= ?""",
            MembershipKind.CLOSE_BRIDGE, """
                    UPDATE bridge_membership SET left_at = ?, close_reason = ?
                    WHERE asterisk_id = ? AND bridge_id = ? AND left_at IS NULL AND entered_at <= ?""",
            MembershipKind.CLOSE_CHANNEL, """
                    UPDATE bridge_membership SET left_at = ?, close_reason = ?
                    WHERE asterisk_id = ? AND channel_id = ? AND left_at IS NULL AND entered_at <= ?""");

    private static final String ENDPOINT = """
            INSERT INTO endpoint_state_change (asterisk_id, technology, resource, state, at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private static final String DEVICE = """
            INSERT INTO device_state_change (asterisk_id, name, state, at)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private LifecycleSql() {
    }

    static void write(Connection conn, LifecycleBatch batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        UpsertSql.channels(conn, List.copyOf(batch.channels.values()));
        UpsertSql.bridges(conn, List.copyOf(batch.bridges.values()));
        membership(conn, batch.membership);
        states(conn, batch.endpoints, ENDPOINT);
        states(conn, batch.devices, DEVICE);
    }

    /** Runs the membership steps in event order, batching consecutive steps of the same kind. */
    private static void membership(Connection conn, List<MembershipOp> ops) throws SQLException {
        int i = 0;
        while (i < ops.size()) {
            MembershipKind kind = ops.get(i).kind();
            try (PreparedStatement ps = conn.prepareStatement(MEMBERSHIP.get(kind))) {
                while (i < ops.size() && ops.get(i).kind() == kind) {
                    bind(ps, ops.get(i++));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, MembershipOp op) throws SQLException {
        OffsetDateTime at = utc(op.at());
        switch (op.kind()) {
            case ENTER -> set(ps, op.asteriskId(), op.bridgeId(), op.channelId(), at);
            case LEAVE -> set(ps, at, op.asteriskId(), op.bridgeId(), op.channelId(), at);
            case CLOSE_BRIDGE -> set(ps, at, op.reason(), op.asteriskId(), op.bridgeId(), at);
            case CLOSE_CHANNEL -> set(ps, at, op.reason(), op.asteriskId(), op.channelId(), at);
        }
    }

    private static void states(Connection conn, List<StateChange> rows, String sql) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (StateChange s : rows) {
                if (s.second() != null) {
                    set(ps, s.asteriskId(), s.first(), s.second(), s.state(), utc(s.at()));
                } else {
                    set(ps, s.asteriskId(), s.first(), s.state(), utc(s.at()));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
