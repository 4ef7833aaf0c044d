package io.callcenter.acd.record;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps {@code acd_agent_runtime} current (written in order through the {@link RecordWriter}) and reads it back. */
@ApplicationScoped
public class AgentRuntimeStore {

    private final RecordWriter writer;
    private final AgroalDataSource dataSource;

    AgentRuntimeStore(RecordWriter writer, AgroalDataSource dataSource) {
        this.writer = writer;
        this.dataSource = dataSource;
    }

    public void save(AgentRuntimeRow r) {
        writer.submit(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into acd_agent_runtime (username, endpoint, state,"
                    + " since, queues, reason, next_state, next_reason, call_id, asterisk_id, ready_since, wrap_up_until,"
                    + " missed_in_row) values (?,?,?,?,?,?,?,?,?,?,?,?,?) on conflict (username) do update set"
                    + " endpoint = excluded.endpoint, state = excluded.state, since = excluded.since,"
                    + " queues = excluded.queues, reason = excluded.reason, next_state = excluded.next_state,"
                    + " next_reason = excluded.next_reason, call_id = excluded.call_id,"
                    + " asterisk_id = excluded.asterisk_id, ready_since = excluded.ready_since,"
                    + " wrap_up_until = excluded.wrap_up_until, missed_in_row = excluded.missed_in_row")) {
                ps.setString(1, r.username());
                ps.setString(2, r.endpoint());
                ps.setString(3, r.state());
                ps.setTimestamp(4, Timestamp.from(r.since()));
                ps.setString(5, String.join(",", r.queues()));
                ps.setString(6, r.reason());
                ps.setString(7, r.nextState());
                ps.setString(8, r.nextReason());
                ps.setString(9, r.callId());
                ps.setString(10, r.asteriskId());
                ps.setTimestamp(11, r.readySince() == null ? null : Timestamp.from(r.readySince()));
                ps.setTimestamp(12, r.wrapUpUntil() == null ? null : Timestamp.from(r.wrapUpUntil()));
                ps.setInt(13, r.missedInRow());
                ps.executeUpdate();
            }
        });
    }

    /** Every agent's last saved state (startup: blocking read, before the ACD handles any event). */
    public List<AgentRuntimeRow> loadAll() {
        List<AgentRuntimeRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from acd_agent_runtime");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String queues = rs.getString("queues");
                rows.add(new AgentRuntimeRow(rs.getString("username"), rs.getString("endpoint"), rs.getString("state"),
                        instant(rs, "since"), queues.isBlank() ? List.of() : Arrays.asList(queues.split(",")),
                        rs.getString("reason"), rs.getString("next_state"), rs.getString("next_reason"),
                        rs.getString("call_id"), rs.getString("asterisk_id"), instant(rs, "ready_since"),
                        instant(rs, "wrap_up_until"), rs.getInt("missed_in_row")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read acd_agent_runtime: " + e.getMessage(), e);
        }
        return rows;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
