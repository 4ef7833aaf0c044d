package io.callcenter.reports.cdr;

import io.callcenter.metrics.CallOutcome;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code report_cdr} and {@code report_call_stay} rows back into records. */
final class CdrRows {

    private CdrRows() {
    }

    static CallRecord record(ResultSet rs) throws SQLException {
        return new CallRecord(rs.getString("asterisk_id"), rs.getString("call_id"), rs.getString("caller_number"),
                rs.getString("caller_name"), rs.getString("did"), rs.getString("first_queue"), rs.getString("queue"),
                strings(rs.getArray("queues")), HistoryReader.instant(rs, "enqueued_at"),
                Optional.ofNullable(HistoryReader.instant(rs, "answered_at")),
                Optional.ofNullable(HistoryReader.instant(rs, "ended_at")), outcome(rs.getString("outcome")),
                Optional.ofNullable(rs.getString("agent")), strings(rs.getArray("agents_offered")),
                Duration.ofMillis(rs.getLong("wait_ms")), millis(rs, "talk_ms").map(Duration::ofMillis),
                Duration.ofMillis(rs.getLong("hold_ms")), millis(rs, "wrap_ms").map(Duration::ofMillis),
                Optional.ofNullable(rs.getString("hangup_side")),
                Optional.ofNullable(HistoryReader.integer(rs, "hangup_cause")),
                Optional.ofNullable(rs.getString("disposition")), Optional.ofNullable(rs.getString("transferred_to")),
                Optional.ofNullable(rs.getString("overflow_reason")),
                Optional.ofNullable(HistoryReader.integer(rs, "abandon_position")),
                Optional.ofNullable(rs.getString("recording")));
    }

    static QueueStay stay(ResultSet rs) throws SQLException {
        return new QueueStay(rs.getInt("seq"), rs.getString("queue"), HistoryReader.instant(rs, "enqueued_at"),
                Optional.ofNullable(HistoryReader.instant(rs, "left_at")), outcome(rs.getString("outcome")),
                rs.getInt("position"), Optional.ofNullable(rs.getString("agent")));
    }

    static Optional<CallOutcome> outcome(String stored) {
        return Optional.ofNullable(stored).map(s -> CallOutcome.valueOf(s.toUpperCase(Locale.ROOT)));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(HistoryReader.instant(rs, column));
    }

    private static Optional<Long> millis(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
