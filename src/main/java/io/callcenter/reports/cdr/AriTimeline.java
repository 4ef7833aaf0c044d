package io.callcenter.reports.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ARI events of a call's channels from the raw event log, as timeline entries. */
final class AriTimeline {

    /** Events shown per call at most (a call that ran for hours can have thousands). */
    private static final int MAX_EVENTS = 2_000;

    private AriTimeline() {
    }

    static List<TimelineEntry> of(Connection c, String asteriskId, List<String> channels) throws SQLException {
        List<TimelineEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select event_time, type, channel_id, coalesce("
                + " payload->>'cause_txt', payload->'channel'->>'state', payload->'playback'->>'state',"
                + " payload->'bridge'->>'id', payload->>'digit') as detail, (payload->>'cause')::int as cause"
                + " from ari_event where asterisk_id = ? and channel_id = any(?) order by event_time, id limit "
                + MAX_EVENTS)) {
            ps.setString(1, asteriskId);
            ps.setArray(2, c.createArrayOf("text", channels.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimelineEntry(HistoryReader.instant(rs, "event_time"), "ari", rs.getString("type"),
                            Optional.empty(), Optional.empty(), Optional.ofNullable(rs.getString("channel_id")),
                            Optional.ofNullable(rs.getString("detail")),
                            Optional.ofNullable(HistoryReader.integer(rs, "cause"))));
                }
            }
        }
        return out;
    }
}
