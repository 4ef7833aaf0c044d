package io.callcenter.mirror.history;

import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.DeviceState;
import io.callcenter.ari.model.Endpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds a resync into history. The database, not the mirror, decides what vanished (every row still open for that
 * Asterisk and absent from the snapshot), so channels left open by an earlier run of the app get closed too.
 */
final class ResyncSql {

    static final String VANISHED = "vanished while disconnected";

    private static final String CLOSE_CHANNELS = """
            UPDATE channel_history SET destroyed = ?, close_reason = ?
            WHERE asterisk_id = ? AND destroyed IS NULL AND NOT (channel_id = ANY (?::text[]))""";
    private static final String CLOSE_BRIDGES = """
            UPDATE bridge_history SET destroyed = ?, close_reason = ?
            WHERE asterisk_id = ? AND destroyed IS NULL AND NOT (bridge_id = ANY (?::text[]))""";
    private static final String CLOSE_STAYS = """
            UPDATE bridge_membership m SET left_at = ?, close_reason = ?
            WHERE m.asterisk_id = ? AND m.left_at IS NULL AND NOT EXISTS (
                SELECT 1 FROM unnest(?::text[], ?::text[]) AS p(b, c) WHERE p.b = m.bridge_id AND p.c = m.channel_id)""";
    private static final String OPEN_STAYS = """
            INSERT INTO bridge_membership (asterisk_id, bridge_id, channel_id, entered_at)
            SELECT ?, p.b, p.c, ? FROM unnest(?::text[], ?::text[]) AS p(b, c)
            WHERE NOT EXISTS (SELECT 1 FROM bridge_membership m WHERE m.asterisk_id = ? AND m.bridge_id = p.b
                              AND m.channel_id = p.c AND m.left_at IS NULL)
            ON CONFLICT DO NOTHING""";
    private static final String DEVICE_STATES = """
            INSERT INTO device_state_change (asterisk_id, name, state, at)
            SELECT ?, u.n, u.s, ? FROM unnest(?::text[], ?::text[]) AS u(n, s)
            WHERE u.s IS DISTINCT FROM (SELECT d.state FROM device_state_change d WHERE d.asterisk_id = ?
                                        AND d.name = u.n ORDER BY d.at DESC LIMIT 1)
            ON CONFLICT DO NOTHING""";
    private static final String ENDPOINT_STATES = """
            INSERT INTO endpoint_state_change (asterisk_id, technology, resource, state, at)
            SELECT ?, u.t, u.r, u.s, ? FROM unnest(?::text[], ?::text[], ?::text[]) AS u(t, r, s)
            WHERE u.s IS DISTINCT FROM (SELECT e.state FROM endpoint_state_change e WHERE e.asterisk_id = ?
                                        AND e.technology = u.t AND e.resource = u.r ORDER BY e.at DESC LIMIT 1)
            ON CONFLICT DO NOTHING""";

    private ResyncSql() {
    }

    static void write(Connection conn, String a, ResyncSnapshot snap) throws SQLException {
        OffsetDateTime at = LifecycleSql.utc(snap.takenAt());
        LifecycleBatch present = new LifecycleBatch();
        List<String> pairBridges = new ArrayList<>();
        List<String> pairChannels = new ArrayList<>();
        for (Channel c : nonNull(snap.channels())) {
            if (c.id() != null) {
                present.channel(a, c.id()).observe(c, snap.takenAt(), false);
            }
        }
        for (Bridge b : nonNull(snap.bridges())) {
            if (b.id() == null) {
                continue;
            }
            present.bridge(a, b.id()).observe(b, snap.takenAt());
            for (String c : nonNull(b.channels())) {
                pairBridges.add(b.id());
                pairChannels.add(c);
            }
        }
        UpsertSql.channels(conn, List.copyOf(present.channels.values()));
        UpsertSql.bridges(conn, List.copyOf(present.bridges.values()));
        String[] channelIds = nonNull(snap.channels()).stream().map(Channel::id).filter(java.util.Objects::nonNull).toArray(String[]::new);
        String[] bridgeIds = nonNull(snap.bridges()).stream().map(Bridge::id).filter(java.util.Objects::nonNull).toArray(String[]::new);
        update(conn, CLOSE_CHANNELS, at, VANISHED, a, conn.createArrayOf("text", channelIds));
        update(conn, CLOSE_BRIDGES, at, VANISHED, a, conn.createArrayOf("text", bridgeIds));
        Object bs = conn.createArrayOf("text", pairBridges.toArray());
        Object cs = conn.createArrayOf("text", pairChannels.toArray());
        update(conn, CLOSE_STAYS, at, VANISHED, a, bs, cs);
        update(conn, OPEN_STAYS, a, at, bs, cs, a);
        List<DeviceState> devices = nonNull(snap.deviceStates()).stream()
                .filter(d -> d.name() != null && d.state() != null).toList();
        update(conn, DEVICE_STATES, a, at,
                conn.createArrayOf("text", devices.stream().map(DeviceState::name).toArray()),
                conn.createArrayOf("text", devices.stream().map(DeviceState::state).toArray()), a);
        List<Endpoint> endpoints = nonNull(snap.endpoints()).stream()
                .filter(e -> e.technology() != null && e.resource() != null && e.state() != null).toList();
        update(conn, ENDPOINT_STATES, a, at,
                conn.createArrayOf("text", endpoints.stream().map(Endpoint::technology).toArray()),
                conn.createArrayOf("text", endpoints.stream().map(Endpoint::resource).toArray()),
                conn.createArrayOf("text", endpoints.stream().map(Endpoint::state).toArray()), a);
    }

    private static void update(Connection conn, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            LifecycleSql.set(ps, params);
            ps.executeUpdate();
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
