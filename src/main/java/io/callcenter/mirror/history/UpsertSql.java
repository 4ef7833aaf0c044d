package io.callcenter.mirror.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Upserts folded channel and bridge rows, one {@code unnest} statement per table and batch. */
final class UpsertSql {

    private static final String CHANNELS = """
            INSERT INTO channel_history AS h (asterisk_id, channel_id, name, caller_name, caller_number,
                connected_name, connected_number, context, exten, priority, created, answered, destroyed, cause,
                cause_txt, hangup_cause, hangup_tech_cause, last_state, close_reason, updated_at)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::int[],
                ?::text[], ?::int[], ?::int[], ?::text[], ?::text[], ?::timestamptz[])
            ON CONFLICT (asterisk_id, channel_id) DO UPDATE SET
                name = COALESCE(EXCLUDED.name, h.name),
                caller_name = COALESCE(EXCLUDED.caller_name, h.caller_name),
                caller_number = COALESCE(EXCLUDED.caller_number, h.caller_number),
                connected_name = COALESCE(EXCLUDED.connected_name, h.connected_name),
                connected_number = COALESCE(EXCLUDED.connected_number, h.connected_number),
                context = COALESCE(h.context, EXCLUDED.context),
                exten = COALESCE(h.exten, EXCLUDED.exten),
                priority = COALESCE(h.priority, EXCLUDED.priority),
                created = LEAST(h.created, EXCLUDED.created),
                answered = LEAST(h.answered, EXCLUDED.answered),
                destroyed = COALESCE(h.destroyed, EXCLUDED.destroyed),
                cause = CASE WHEN h.destroyed IS NULL THEN EXCLUDED.cause ELSE h.cause END,
                cause_txt = CASE WHEN h.destroyed IS NULL THEN EXCLUDED.cause_txt ELSE h.cause_txt END,
                close_reason = CASE WHEN h.destroyed IS NULL THEN EXCLUDED.close_reason ELSE h.close_reason END,
                hangup_cause = COALESCE(EXCLUDED.hangup_cause, h.hangup_cause),
                hangup_tech_cause = COALESCE(EXCLUDED.hangup_tech_cause, h.hangup_tech_cause),
                last_state = COALESCE(EXCLUDED.last_state, h.last_state),
                updated_at = GREATEST(h.updated_at, EXCLUDED.updated_at)""";

    private static final String BRIDGES = """
            INSERT INTO bridge_history AS h (asterisk_id, bridge_id, bridge_type, bridge_class, technology, name,
                creator, created, destroyed, close_reason, updated_at)
            SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::timestamptz[], ?::timestamptz[], ?::text[], ?::timestamptz[])
            ON CONFLICT (asterisk_id, bridge_id) DO UPDATE SET
                bridge_type = COALESCE(EXCLUDED.bridge_type, h.bridge_type),
                bridge_class = COALESCE(EXCLUDED.bridge_class, h.bridge_class),
                technology = COALESCE(EXCLUDED.technology, h.technology),
                name = COALESCE(EXCLUDED.name, h.name),
                creator = COALESCE(EXCLUDED.creator, h.creator),
                created = LEAST(h.created, EXCLUDED.created),
                destroyed = COALESCE(h.destroyed, EXCLUDED.destroyed),
                close_reason = CASE WHEN h.destroyed IS NULL THEN EXCLUDED.close_reason ELSE h.close_reason END,
                updated_at = GREATEST(h.updated_at, EXCLUDED.updated_at)""";

    private UpsertSql() {
    }

    static void channels(Connection conn, List<ChannelRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(CHANNELS)) {
            new Columns<>(conn, ps, rows).text(r -> r.asteriskId).text(r -> r.channelId).text(r -> r.name)
                    .text(r -> r.callerName).text(r -> r.callerNumber).text(r -> r.connectedName)
                    .text(r -> r.connectedNumber).text(r -> r.context).text(r -> r.exten).int8(r -> r.priority)
                    .time(r -> r.created).time(r -> r.answered).time(r -> r.destroyed).int4(r -> r.cause)
                    .text(r -> r.causeTxt).int4(r -> r.hangupCause).int4(r -> r.hangupTechCause)
                    .text(r -> r.lastState).text(r -> r.closeReason).time(r -> r.updatedAt);
            ps.executeUpdate();
        }
    }

    static void bridges(Connection conn, List<BridgeRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(BRIDGES)) {
            new Columns<>(conn, ps, rows).text(r -> r.asteriskId).text(r -> r.bridgeId).text(r -> r.bridgeType)
                    .text(r -> r.bridgeClass).text(r -> r.technology).text(r -> r.name).text(r -> r.creator)
                    .time(r -> r.created).time(r -> r.destroyed).text(r -> r.closeReason).time(r -> r.updatedAt);
            ps.executeUpdate();
        }
    }
}
