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

/**
 * Writes a {@link LifecycleBatch}. Every statement is idempotent: replaying events (or a whole trace) leaves the
 * rows as they were, because values merge as latest non-null, first non-null, earliest time or first close.
 */
final class LifecycleSql {

    private static final String ENTER = """
            INSERT INTO bridge_membership (asterisk_id, bridge_id, channel_id, entered_at)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    /**
     * Ends stays: a leave (bridge and channel given, no reason), a destroyed channel (no bridge: all its stays) or
     * bridge (no channel). One statement for the three, so they share JDBC batches; the open rows of one Asterisk are
     * the live stays only, which the partial index on open rows finds.
     */
    private static final String END = """
            UPDATE bridge_membership SET left_at = ?, close_reason = ?
            WHERE asterisk_id = ? AND left_at IS NULL AND entered_at <= ?
              AND bridge_id = COALESCE(?, bridge_id) AND channel_id = COALESCE(?, channel_id)""";

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

    /**
     * Runs the membership steps as few statements as the order allows: steps that may touch the same row keep their
     * event order, steps that cannot are grouped by kind ({@link MembershipLevels}), so a batch of many calls costs a
     * handful of round trips instead of one per change of kind.
     */
    private static void membership(Connection conn, List<MembershipOp> ops) throws SQLException {
        for (List<MembershipOp> group : MembershipLevels.groups(ops)) {
            try (PreparedStatement ps = conn.prepareStatement(
                    group.get(0).kind() == MembershipKind.ENTER ? ENTER : END)) {
                for (MembershipOp op : group) {
                    bind(ps, op);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, MembershipOp op) throws SQLException {
        OffsetDateTime at = utc(op.at());
        if (op.kind() == MembershipKind.ENTER) {
            set(ps, op.asteriskId(), op.bridgeId(), op.channelId(), at);
        } else {
            set(ps, at, op.reason(), op.asteriskId(), at, op.bridgeId(), op.channelId());
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
