package io.callcenter.reports.cdr;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One call's detail: its CDR and stays from the projection; its legs and timeline from the history ({@code acd_call_step},
 * {@code channel_history}, {@code ari_event} of its channels).
 */
@ApplicationScoped
class CallDetailReader {

    private final AgroalDataSource dataSource;

    CallDetailReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<CallDetail> read(String asteriskId, String callId) {
        try (Connection c = dataSource.getConnection()) {
            Optional<CallRecord> record = record(c, asteriskId, callId);
            if (record.isEmpty()) {
                return Optional.empty();
            }
            List<QueueStay> stays = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select * from report_call_stay where asterisk_id = ?"
                    + " and call_id = ? order by seq")) {
                ps.setString(1, asteriskId);
                ps.setString(2, callId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stays.add(CdrRows.stay(rs));
                    }
                }
            }
            List<StepRow> steps = steps(c, asteriskId, callId);
            List<CallLeg> legs = CallLegs.of(c, asteriskId, callId, steps);
            List<TimelineEntry> timeline = new ArrayList<>();
            for (StepRow s : steps) {
                timeline.add(new TimelineEntry(s.at(), "acd", s.kind(), Optional.ofNullable(s.queue()),
                        Optional.ofNullable(s.agent()), Optional.ofNullable(s.channelId()),
                        Optional.ofNullable(s.detail()), Optional.ofNullable(s.cause())));
            }
            timeline.addAll(AriTimeline.of(c, asteriskId, legs.stream().map(CallLeg::channelId).distinct().toList()));
            timeline.sort(Comparator.comparing(TimelineEntry::at));
            return Optional.of(new CallDetail(record.get(), stays, legs, timeline));
        } catch (SQLException e) {
            throw new IllegalStateException("call detail: " + e.getMessage(), e);
        }
    }

    private static Optional<CallRecord> record(Connection c, String asteriskId, String callId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from report_cdr where asterisk_id = ? and call_id = ?")) {
            ps.setString(1, asteriskId);
            ps.setString(2, callId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(CdrRows.record(rs)) : Optional.empty();
            }
        }
    }

    private static List<StepRow> steps(Connection c, String asteriskId, String callId) throws SQLException {
        List<StepRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select * from acd_call_step where asterisk_id = ?"
                + " and call_id = ? order by id")) {
            ps.setString(1, asteriskId);
            ps.setString(2, callId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StepRow(rs.getLong("id"), HistoryReader.instant(rs, "at"), rs.getString("kind"),
                            rs.getString("queue"), rs.getString("agent"), rs.getString("channel_id"),
                            rs.getString("detail"), HistoryReader.integer(rs, "cause")));
                }
            }
        }
        return out;
    }
}
