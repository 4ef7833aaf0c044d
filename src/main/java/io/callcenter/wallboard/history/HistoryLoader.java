package io.callcenter.wallboard.history;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Reads history rows from PostgreSQL: the rows of a span (for a restart, a past instant, a new business day) and the
 * rows written since a tail position (live). Both give the same row records, so live and past are one fold.
 */
@ApplicationScoped
public class HistoryLoader {

    /** Upper bound for "no upper bound". */
    public static final Instant OPEN_END = Instant.parse("9999-01-01T00:00:00Z");
    private static final int TAIL_LIMIT = 5000;

    private final AgroalDataSource dataSource;

    HistoryLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Rows with {@code from <= at < to}, plus what is needed to know the state at {@code from}: every step of the
     * calls still open then (enqueued within the day before), and each agent's last state and queue set before it.
     */
    public History load(Instant from, Instant to, Collection<String> agents) {
        try (Connection c = dataSource.getConnection()) {
            List<StepRow> steps = new ArrayList<>(RowReaders.steps(c, HistorySql.STEPS_BETWEEN, from, to));
            steps.addAll(RowReaders.steps(c, HistorySql.STEPS_OF_OPEN_CALLS, from, from.minusSeconds(86_400), from,
                    from));
            steps.sort(Comparator.comparingLong(StepRow::id));
            List<AgentStateRow> states = new ArrayList<>(RowReaders.states(c, HistorySql.STATES_BEFORE, agents, from));
            states.addAll(RowReaders.states(c, HistorySql.STATES_BETWEEN, null, from, to));
            List<AgentQueuesRow> queues = new ArrayList<>(RowReaders.queues(c, HistorySql.QUEUES_BEFORE, agents, from));
            queues.addAll(RowReaders.queues(c, HistorySql.QUEUES_BETWEEN, null, from, to));
            return new History(steps, states, queues);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load wallboard history: " + e.getMessage(), e);
        }
    }

    /** Rows with ids above the cursors' floors (at most a few thousand per table per call). */
    public History tail(TailCursor steps, TailCursor states, TailCursor queues) {
        try (Connection c = dataSource.getConnection()) {
            return new History(RowReaders.steps(c, HistorySql.STEPS_AFTER, steps.floor(), TAIL_LIMIT),
                    RowReaders.states(c, HistorySql.STATES_AFTER, null, states.floor(), TAIL_LIMIT),
                    RowReaders.queues(c, HistorySql.QUEUES_AFTER, null, queues.floor(), TAIL_LIMIT));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tail wallboard history: " + e.getMessage(), e);
        }
    }

    static void bind(Connection c, PreparedStatement ps, Collection<String> agents, Object... params)
            throws SQLException {
        int i = 1;
        if (agents != null) {
            ps.setArray(i++, c.createArrayOf("varchar", agents.toArray()));
        }
        for (Object p : params) {
            ps.setObject(i++, p instanceof Instant t ? Timestamp.from(t) : p);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
