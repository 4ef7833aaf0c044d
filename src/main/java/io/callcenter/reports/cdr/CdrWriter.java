package io.callcenter.reports.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes projected calls to {@code report_cdr} / {@code report_call_stay}, and tells how far each was counted. */
public final class CdrWriter {

    private static final String COLUMNS = "asterisk_id, call_id, caller_number, caller_name, did, first_queue, queue,"
            + " queues, enqueued_at, answered_at, ended_at, outcome, agent, agents_offered, wait_ms, talk_ms, hold_ms,"
            + " wrap_ms, duration_ms, hangup_side, hangup_cause, disposition, transferred_to, overflow_reason,"
            + " abandon_position, recording, counted";

    private CdrWriter() {
    }

    /** The {@code counted} of the calls already in the table (locked until the transaction ends). */
    public static Map<CallKey, Integer> counted(Connection c, List<CallKey> keys) throws SQLException {
        Map<CallKey, Integer> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select x.asterisk_id, x.call_id, x.counted from report_cdr x"
                + " join unnest(?::text[], ?::text[]) as k(a, c) on x.asterisk_id = k.a and x.call_id = k.c"
                + " for update of x")) {
            HistoryReader.bindKeys(c, ps, keys);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new CallKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
                }
            }
        }
        return out;
    }

    /** Inserts or replaces the CDRs and stays of these calls. */
    public static void write(Connection c, List<ProjectedCall> calls) throws SQLException {
        String updates = String.join(", ", java.util.Arrays.stream(COLUMNS.split(", ")).skip(2)
                .map(n -> n.equals("counted") ? "counted = greatest(report_cdr.counted, excluded.counted)"
                        : n + " = excluded." + n).toList());
        try (PreparedStatement ps = c.prepareStatement("insert into report_cdr (" + COLUMNS + ") values (?"
                + ", ?".repeat(26) + ") on conflict (asterisk_id, call_id) do update set " + updates);
                PreparedStatement del = c.prepareStatement(
                        "delete from report_call_stay where asterisk_id = ? and call_id = ?");
                PreparedStatement stay = c.prepareStatement("insert into report_call_stay (asterisk_id, call_id, seq,"
                        + " queue, enqueued_at, left_at, outcome, position, agent) values (?,?,?,?,?,?,?,?,?)")) {
            for (ProjectedCall p : calls) {
                bind(c, ps, p);
                ps.addBatch();
                del.setString(1, p.record().asteriskId());
                del.setString(2, p.record().callId());
                del.addBatch();
                for (QueueStay s : p.stays()) {
                    stay.setString(1, p.record().asteriskId());
                    stay.setString(2, p.record().callId());
                    stay.setInt(3, s.seq());
                    stay.setString(4, s.queue());
                    stay.setTimestamp(5, Timestamp.from(s.enqueuedAt()));
                    stay.setTimestamp(6, s.leftAt().map(Timestamp::from).orElse(null));
                    stay.setString(7, s.outcome().map(CdrWriter::outcome).orElse(null));
                    stay.setInt(8, s.position());
                    stay.setString(9, s.agent().orElse(null));
                    stay.addBatch();
                }
            }
            ps.executeBatch();
            del.executeBatch();
            stay.executeBatch();
        }
    }

    /** The stored name of an outcome: lower case, e.g. after_hours. */
    public static String outcome(io.callcenter.metrics.CallOutcome o) {
        return o.name().toLowerCase(Locale.ROOT);
    }

    private static void bind(Connection c, PreparedStatement ps, ProjectedCall p) throws SQLException {
        CallRecord r = p.record();
        int i = 1;
        ps.setString(i++, r.asteriskId());
        ps.setString(i++, r.callId());
        ps.setString(i++, r.callerNumber());
        ps.setString(i++, r.callerName());
        ps.setString(i++, r.did());
        ps.setString(i++, r.firstQueue());
        ps.setString(i++, r.queue());
        ps.setArray(i++, c.createArrayOf("text", r.queues().toArray()));
        ps.setTimestamp(i++, Timestamp.from(r.enqueuedAt()));
        ps.setTimestamp(i++, r.answeredAt().map(Timestamp::from).orElse(null));
        ps.setTimestamp(i++, r.endedAt().map(Timestamp::from).orElse(null));
        ps.setString(i++, r.outcome().map(CdrWriter::outcome).orElse(null));
        ps.setString(i++, r.agent().orElse(null));
        ps.setArray(i++, c.createArrayOf("text", r.agentsOffered().toArray()));
        ps.setLong(i++, r.waited().toMillis());
        setLong(ps, i++, r.talk());
        ps.setLong(i++, r.hold().toMillis());
        setLong(ps, i++, r.wrap());
        setLong(ps, i++, r.duration());
        ps.setString(i++, r.hangupSide().orElse(null));
        setInt(ps, i++, r.hangupCause());
        ps.setString(i++, r.disposition().orElse(null));
        ps.setString(i++, r.transferredTo().orElse(null));
        ps.setString(i++, r.overflowReason().orElse(null));
        setInt(ps, i++, r.abandonPosition());
        ps.setString(i++, r.recording().orElse(null));
        ps.setInt(i, p.counted());
    }

    private static void setLong(PreparedStatement ps, int i, Optional<Duration> d) throws SQLException {
        if (d.isPresent()) {
            ps.setLong(i, d.get().toMillis());
        } else {
            ps.setNull(i, Types.BIGINT);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) {
            ps.setInt(i, v.get());
        } else {
            ps.setNull(i, Types.INTEGER);
        }
    }
}
