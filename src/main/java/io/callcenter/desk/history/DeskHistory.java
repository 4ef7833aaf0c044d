package io.callcenter.desk.history;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an agent's own calls from {@code acd_call}: the calls it answered (it has an {@code answer} step on). */
@ApplicationScoped
public class DeskHistory {

    private static final String ANSWERED_BY = " from acd_call c where exists (select 1 from acd_call_step s"
            + " where s.kind = 'answer' and s.agent = ? and s.call_id = c.call_id and s.asterisk_id = c.asterisk_id)";

    private final AgroalDataSource dataSource;

    DeskHistory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public HistoryPage page(String agent, int page, int size) {
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*)" + ANSWERED_BY)) {
                ps.setString(1, agent);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<HistoryItem> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select c.*" + ANSWERED_BY
                    + " order by c.enqueued_at desc, c.call_id limit ? offset ?")) {
                ps.setString(1, agent);
                ps.setInt(2, size);
                ps.setLong(3, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(item(rs));
                    }
                }
            }
            return new HistoryPage(page, size, total, items);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the call history of " + agent + ": " + e.getMessage(), e);
        }
    }

    /** The Asterisk id of a call this agent answered, if it did. */
    public Optional<String> answeredBy(String agent, String callId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select asterisk_id from acd_call_step where kind = 'answer'"
                        + " and agent = ? and call_id = ? limit 1")) {
            ps.setString(1, agent);
            ps.setString(2, callId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the calls of " + agent + ": " + e.getMessage(), e);
        }
    }

    private static HistoryItem item(ResultSet rs) throws SQLException {
        Instant enqueued = instant(rs, "enqueued_at");
        Instant answered = instant(rs, "answered_at");
        Instant ended = instant(rs, "ended_at");
        long hold = rs.getLong("hold_ms");
        Long wait = answered == null ? null : answered.toEpochMilli() - enqueued.toEpochMilli();
        Long talk = answered == null || ended == null ? null
                : Math.max(0, ended.toEpochMilli() - answered.toEpochMilli() - hold);
        return new HistoryItem(rs.getString("call_id"), rs.getString("asterisk_id"), rs.getString("queue"),
                rs.getString("did"), rs.getString("caller_number"), rs.getString("caller_name"), enqueued, answered,
                ended, wait, talk, hold, instant(rs, "wrap_ended_at"), rs.getString("hangup_side"),
                rs.getString("transferred_to"), rs.getString("disposition"), rs.getString("recording"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
