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

    /** Entries never touch the same row twice with different effects, so a group of them is one statement. */
    private static final String ENTER = """
            INSERT INTO bridge_membership (asterisk_id, bridge_id, channel_id, entered_at)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[]) ON CONFLICT DO NOTHING""";

    /**
     * Ends stays: a leave (bridge and channel given, no reason), a destroyed channel (no bridge: all its stays) or
     * bridge (no channel). A group of them is one statement with the effect of running them one by one in order: each
     * stay open before the group is ended by the first step (by ordinality) that matches it, as a later one would find
     * it closed already. A step with a channel finds its stays through the channel index, one without (a bridge closed)
     * through the primary key's (asterisk, bridge) prefix: a few rows each. Matched with {@code COALESCE} conditions,
     * no index but the partial one of open stays could serve, so every step read every open stay of its Asterisk
     * (all live calls' stays, plus the entries of stays closed since the last vacuum).
     */
    private static final String END = """
            WITH step AS (
                SELECT * FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                    AS s(at, reason, asterisk_id, bridge_id, channel_id, n)
            ), hit AS (
                SELECT m.asterisk_id, m.bridge_id, m.channel_id, m.entered_at, step.at, step.reason, step.n
                FROM step JOIN bridge_membership m
                  ON m.asterisk_id = step.asterisk_id AND m.channel_id = step.channel_id
                WHERE step.channel_id IS NOT NULL AND m.left_at IS NULL AND m.entered_at <= step.at
                  AND (step.bridge_id IS NULL OR m.bridge_id = step.bridge_id)
                UNION ALL
                SELECT m.asterisk_id, m.bridge_id, m.channel_id, m.entered_at, step.at, step.reason, step.n
                FROM step JOIN bridge_membership m
                  ON m.asterisk_id = step.asterisk_id AND m.bridge_id = step.bridge_id
                WHERE step.channel_id IS NULL AND m.left_at IS NULL AND m.entered_at <= step.at
            ), first AS (
                SELECT DISTINCT ON (asterisk_id, bridge_id, channel_id, entered_at)
                       asterisk_id, bridge_id, channel_id, entered_at, at, reason
                FROM hit
                ORDER BY asterisk_id, bridge_id, channel_id, entered_at, n
            )
            UPDATE bridge_membership m SET left_at = first.at, close_reason = first.reason
            FROM first
            WHERE m.asterisk_id = first.asterisk_id AND m.bridge_id = first.bridge_id
              AND m.channel_id = first.channel_id AND m.entered_at = first.entered_at AND m.left_at IS NULL""";

    private static final String ENDPOINT = """
            INSERT INTO endpoint_state_change (asterisk_id, technology, resource, state, at)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
            ON CONFLICT DO NOTHING""";

    private static final String DEVICE = """
            INSERT INTO device_state_change (asterisk_id, name, state, at)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[]) ON CONFLICT DO NOTHING""";

    private LifecycleSql() {
    }

    static void write(Connection conn, LifecycleBatch batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        UpsertSql.channels(conn, List.copyOf(batch.channels.values()));
        UpsertSql.bridges(conn, List.copyOf(batch.bridges.values()));
        membership(conn, batch.membership);
        states(conn, batch.endpoints, ENDPOINT, true);
        states(conn, batch.devices, DEVICE, false);
    }

    /**
     * Runs the membership steps as few statements as the order allows: steps that may touch the same row keep their
     * event order, steps that cannot are grouped by kind ({@link MembershipLevels}), each group one statement, so a
     * batch of many calls costs a handful of statements instead of one per step.
     */
    private static void membership(Connection conn, List<MembershipOp> ops) throws SQLException {
        for (List<MembershipOp> group : MembershipLevels.groups(ops)) {
            boolean enter = group.get(0).kind() == MembershipKind.ENTER;
            try (PreparedStatement ps = conn.prepareStatement(enter ? ENTER : END)) {
                Columns<MembershipOp> columns = new Columns<>(conn, ps, group);
                if (enter) {
                    columns.text(MembershipOp::asteriskId).text(MembershipOp::bridgeId).text(MembershipOp::channelId)
                            .time(MembershipOp::at);
                } else {
                    columns.time(MembershipOp::at).text(MembershipOp::reason).text(MembershipOp::asteriskId)
                            .text(MembershipOp::bridgeId).text(MembershipOp::channelId);
                }
                ps.executeUpdate();
            }
        }
    }

    /** One statement per table and batch; {@code ON CONFLICT DO NOTHING} makes repeats (in it or before) no-ops. */
    private static void states(Connection conn, List<StateChange> rows, String sql, boolean twoPartName)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            Columns<StateChange> columns = new Columns<>(conn, ps, rows).text(StateChange::asteriskId)
                    .text(StateChange::first);
            if (twoPartName) {
                columns.text(StateChange::second);
            }
            columns.text(StateChange::state).time(StateChange::at);
            ps.executeUpdate();
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
