package io.callcenter.mirror.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Appends events to {@code ari_event}; an event already logged (same Asterisk, same frame) is skipped. */
final class EventLogSql {

    private static final String INSERT = """
            INSERT INTO ari_event (id, event_time, received_at, dedupe_key, asterisk_id, server, application, type,
                                   channel_id, bridge_id, sequence, payload)
            SELECT u.id, u.event_time, u.received_at, u.dedupe_key, u.asterisk_id, u.server, u.application, u.type,
                   u.channel_id, u.bridge_id, u.sequence, u.payload
            FROM ROWS FROM (unnest(?::bigint[]), unnest(?::timestamptz[]), unnest(?::timestamptz[]), unnest(?::uuid[]),
                            unnest(?::text[]), unnest(?::text[]), unnest(?::text[]), unnest(?::text[]),
                            unnest(?::text[]), unnest(?::text[]), unnest(?::bigint[]), jsonb_array_elements(?::jsonb))
                 WITH ORDINALITY
                 AS u(id, event_time, received_at, dedupe_key, asterisk_id, server, application, type,
                      channel_id, bridge_id, sequence, payload, n)
            ORDER BY u.n
            ON CONFLICT DO NOTHING""";

    private EventLogSql() {
    }

    /** Inserts the rows in order with their ids; returns how many were new. */
    static int insert(Connection conn, List<EventRow> rows, long[] ids) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = conn.prepareStatement(INSERT)) {
            new Columns<>(conn, ps, rows).int8s(ids).time(EventRow::eventTime).time(EventRow::receivedAt)
                    .uuid(EventRow::dedupeKey).text(EventRow::asteriskId).text(EventRow::server)
                    .text(EventRow::application).text(EventRow::type).text(EventRow::channelId)
                    .text(EventRow::bridgeId).int8(EventRow::sequence);
            // the payloads travel as one JSON array: parsed once as jsonb, no array-literal escaping of each frame
            StringBuilder payloads = new StringBuilder(rows.size() * 1024).append('[');
            for (int i = 0; i < rows.size(); i++) {
                payloads.append(i == 0 ? "" : ",").append(rows.get(i).payload());
            }
            ps.setString(12, payloads.append(']').toString());
            return ps.executeUpdate();
        }
    }
}
