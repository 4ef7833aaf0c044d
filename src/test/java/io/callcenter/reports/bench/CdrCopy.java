package io.callcenter.reports.bench;

import io.callcenter.reports.cdr.CallRecord;
import io.callcenter.reports.cdr.CdrWriter;
import io.callcenter.reports.cdr.ProjectedCall;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;

/** Loads projected CDRs with one text-format {@code COPY} per batch (generated values need no escaping). */
final class CdrCopy {

    private static final String COPY = "copy report_cdr (asterisk_id, call_id, caller_number, caller_name, did,"
            + " first_queue, queue, queues, enqueued_at, answered_at, ended_at, outcome, agent, agents_offered, wait_ms,"
            + " talk_ms, hold_ms, wrap_ms, duration_ms, hangup_side, hangup_cause, disposition, transferred_to,"
            + " overflow_reason, abandon_position, recording, counted) from stdin";

    private final StringBuilder rows = new StringBuilder(1 << 20);
    private long count;

    void add(ProjectedCall p) {
        CallRecord r = p.record();
        field(r.asteriskId()).field(r.callId()).field(r.callerNumber()).field(r.callerName()).field(r.did())
                .field(r.firstQueue()).field(r.queue()).field(array(r.queues())).field(r.enqueuedAt().toString())
                .field(opt(r.answeredAt())).field(opt(r.endedAt()))
                .field(r.outcome().map(CdrWriter::outcome).orElse(null)).field(r.agent().orElse(null))
                .field(array(r.agentsOffered())).field(String.valueOf(r.waited().toMillis()))
                .field(r.talk().map(Duration::toMillis).map(String::valueOf).orElse(null))
                .field(String.valueOf(r.hold().toMillis()))
                .field(r.wrap().map(Duration::toMillis).map(String::valueOf).orElse(null))
                .field(r.duration().map(Duration::toMillis).map(String::valueOf).orElse(null))
                .field(r.hangupSide().orElse(null)).field(opt(r.hangupCause())).field(r.disposition().orElse(null))
                .field(r.transferredTo().orElse(null)).field(r.overflowReason().orElse(null))
                .field(opt(r.abandonPosition())).field(r.recording().orElse(null));
        rows.append(p.counted()).append('\n');
        count++;
    }

    long count() {
        return count;
    }

    void flush(Connection c) throws SQLException {
        if (rows.length() == 0) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
        rows.setLength(0);
    }

    private CdrCopy field(String v) {
        rows.append(v == null ? "\\N" : v).append('\t');
        return this;
    }

    private static String opt(Optional<?> v) {
        return v.map(Object::toString).orElse(null);
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
