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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads back what a restart needs: the calls still open on a server, and today's answered counts per agent. */
@ApplicationScoped
public class OpenCalls {

    private final AgroalDataSource dataSource;

    OpenCalls(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<OpenCallRow> open(String asteriskId) {
        List<OpenCallRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select * from acd_call where asterisk_id = ?"
                        + " and ended_at is null order by enqueued_at")) {
            ps.setString(1, asteriskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OpenCallRow(rs.getString("asterisk_id"), rs.getString("call_id"),
                            rs.getString("server"), rs.getString("queue"), rs.getString("did"),
                            rs.getString("caller_number"), rs.getString("caller_name"), rs.getInt("priority"),
                            AgentRuntimeStore.instant(rs, "enqueued_at"), rs.getInt("enqueue_position"),
                            rs.getString("holding_bridge"), rs.getString("agent"), rs.getString("agent_channel"),
                            rs.getString("call_bridge"), rs.getString("outcome")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read open ACD calls: " + e.getMessage(), e);
        }
        return rows;
    }

    /** (agent, queue) → calls answered since the given instant. */
    public Map<List<String>, Integer> answeredSince(Instant since) {
        Map<List<String>, Integer> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select agent, queue, count(*) as n from acd_call"
                        + " where answered_at >= ? and agent is not null group by agent, queue")) {
            ps.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(List.of(rs.getString("agent"), rs.getString("queue")), rs.getInt("n"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count answered ACD calls: " + e.getMessage(), e);
        }
        return counts;
    }
}
