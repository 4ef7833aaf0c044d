package io.callcenter.reports.rollup;

import io.agroal.api.AgroalDataSource;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.centre.CentreConfig;
import io.callcenter.reports.QueueThresholds;
import io.callcenter.reports.ReportsConfig;
import io.callcenter.reports.cdr.CallKey;
import io.callcenter.reports.cdr.CallProjection;
import io.callcenter.reports.cdr.CdrWriter;
import io.callcenter.reports.cdr.HistoryReader;
import io.callcenter.reports.cdr.ProjectedCall;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The projection, live: every few seconds it takes the calls and agent transitions the triggers marked, projects
 * them and adds their contributions to the rollups, all in one transaction per batch (so a crash loses nothing and
 * counts nothing twice).
 */
@ApplicationScoped
public class Projector implements ReportProjection {

    private final AgroalDataSource dataSource;
    private final CentreConfig centre;
    private final QueueThresholds thresholds;
    private final ReportsConfig config;
    private final Rebuilder rebuilder;

    Projector(AgroalDataSource dataSource, CentreConfig centre, QueueThresholds thresholds, ReportsConfig config) {
        this.dataSource = dataSource;
        this.centre = centre;
        this.thresholds = thresholds;
        this.config = config;
        this.rebuilder = new Rebuilder(this);
    }

    @Scheduled(every = "${callcenter.reports.project-every:5s}", delayed = "${callcenter.reports.project-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        catchUp();
    }

    @Override
    public synchronized int catchUp() {
        int total = 0;
        int done;
        do {
            done = Sql.inTransaction(dataSource, this::step);
            total += done;
        } while (done > 0);
        return total;
    }

    @Override
    public synchronized long rebuild() {
        return rebuilder.run();
    }

    /** One batch of marked calls and transitions; returns how many were taken. */
    private int step(Connection c) throws SQLException {
        int limit = config.batchSize();
        Set<CallKey> keys = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("delete from report_dirty_call where (asterisk_id, call_id) in"
                + " (select asterisk_id, call_id from report_dirty_call limit ? for update skip locked)"
                + " returning asterisk_id, call_id")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new CallKey(rs.getString(1), rs.getString(2)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("delete from report_dirty_call_key where call_key in"
                + " (select call_key from report_dirty_call_key limit ? for update skip locked) returning call_key")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(CallKey.parse(rs.getString(1)));
                }
            }
        }
        RollupBatch batch = newBatch();
        projectCalls(c, new ArrayList<>(keys), batch, false);
        int states = projectStates(c, batch, limit * 5);
        RollupWriter.write(c, batch);
        return keys.size() + states;
    }

    /** Projects these calls: CDRs written, their not-yet-counted contributions added to {@code batch}. */
    void projectCalls(Connection c, List<CallKey> keys, RollupBatch batch, boolean fresh) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Map<CallKey, Integer> counted = fresh ? Map.of() : CdrWriter.counted(c, keys);
        List<ProjectedCall> projected = new ArrayList<>(keys.size());
        for (var h : HistoryReader.read(c, keys)) {
            ProjectedCall p = CallProjection.project(h);
            batch.addCall(p, counted.getOrDefault(new CallKey(h.asteriskId(), h.callId()), 0));
            projected.add(p);
        }
        CdrWriter.write(c, projected);
    }

    private int projectStates(Connection c, RollupBatch batch, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("delete from report_pending_state where state_id in"
                + " (select state_id from report_pending_state order by state_id limit ? for update skip locked)"
                + " returning state_id")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        AgentStateProjector states = new AgentStateProjector();
        try (PreparedStatement ps = c.prepareStatement("select id, username, at, to_state, reason from acd_agent_state"
                + " where id = any(?) order by username, at, id")) {
            Array a = c.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, a);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            AgentState.valueOf(rs.getString(4)), rs.getString(5)});
                }
            }
            states.load(c, rows.stream().map(r -> (String) r[1]).distinct().toList());
            for (Object[] r : rows) {
                states.accept((String) r[1], (Long) r[0], (java.time.Instant) r[2], (AgentState) r[3], (String) r[4],
                        batch);
            }
        }
        states.save(c);
        return ids.size();
    }

    RollupBatch newBatch() {
        return new RollupBatch(centre.businessDay(), thresholds::of);
    }

    AgroalDataSource dataSource() {
        return dataSource;
    }

    int batchSize() {
        return config.batchSize();
    }
}
