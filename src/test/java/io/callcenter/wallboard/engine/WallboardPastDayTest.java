package io.callcenter.wallboard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.AcdDriver;
import io.callcenter.acd.QueueBuilder;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.Ratio;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.QueueTile;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Time travel to a past day from rows written to PostgreSQL (centre: UTC, day start 00:00): a caller waiting across
 * midnight and an agent logged in before it are known at the new day's start (the loads of "open calls" and "state
 * before"). Queue: SL 20 s, answered within ÷ answered, short abandon 5 s.
 * <pre>
 * x1  enqueued 2026-01-14 23:59:50, answered 2026-01-15 00:00:15 by the agent, hung up 00:01:15
 * x2  enqueued 2026-01-15 00:00:30, abandoned 00:00:32 (short)
 * agent: logged in to the queue 2026-01-14 23:00, reserved 00:00:14, on call 00:00:15, ready 00:01:15
 * </pre>
 */
@QuarkusTest
class WallboardPastDayTest {

    private static final Period DAY = Period.businessDay();

    @Inject
    AcdDriver acd;
    @Inject
    WallboardEngine engine;
    @Inject
    DataSource ds;

    String queue;
    String agent;

    @BeforeEach
    void setUp() throws SQLException {
        queue = AcdDriver.unique("past");
        acd.queue(new QueueBuilder(queue, AcdDriver.unique("did")));
        agent = acd.agent("1009", queue); // configured in the directory; its runtime rows are today's
        acd.logout(agent);
        String ast = AcdDriver.unique("ast");
        call(ast, "x1", "2026-01-14T23:59:50Z", "2026-01-15T00:01:15Z");
        step(ast, "x1", "2026-01-14T23:59:50Z", "enqueue", null);
        step(ast, "x1", "2026-01-15T00:00:15Z", "answer", agent);
        step(ast, "x1", "2026-01-15T00:01:15Z", "hangup", agent);
        call(ast, "x2", "2026-01-15T00:00:30Z", "2026-01-15T00:00:32Z");
        step(ast, "x2", "2026-01-15T00:00:30Z", "enqueue", null);
        step(ast, "x2", "2026-01-15T00:00:32Z", "abandon", null);
        step(ast, "x2", "2026-01-15T00:00:32Z", "hangup", null);
        sql("insert into wallboard_agent_queues (username, at, queues) values (?, ?, ?)", agent,
                ts("2026-01-14T23:00:00Z"), queue);
        state("2026-01-14T23:00:00Z", "LOGGED_OUT", "READY", null);
        state("2026-01-15T00:00:14Z", "READY", "RESERVED", ast + ":x1");
        state("2026-01-15T00:00:15Z", "RESERVED", "ON_CALL", ast + ":x1");
        state("2026-01-15T00:01:15Z", "ON_CALL", "READY", ast + ":x1");
    }

    @Test
    void aPastDayFromStoredRows() {
        QueueTile yesterday = tile("2026-01-14T23:59:55Z");
        assertEquals(1, yesterday.offered());
        assertEquals(OptionalLong.of(5_000), yesterday.longestWaitMs());

        QueueTile midnight = tile("2026-01-15T00:00:10Z");
        assertEquals(0, midnight.offered(), "x1 counts on the 14th");
        assertEquals(1, midnight.waiting());
        assertEquals(OptionalLong.of(20_000), midnight.longestWaitMs());
        assertEquals(1, midnight.agentsByState().get(AgentState.READY), "logged in before the day began");

        QueueTile later = tile("2026-01-15T00:00:40Z");
        assertEquals(1, later.offered());
        assertEquals(1, later.abandoned());
        assertEquals(new Ratio(0, 0), later.figures().abandonRateExcludingShort()); // (1 − 1) ÷ (1 − 1)
        assertEquals(1, later.agentsByState().get(AgentState.ON_CALL));
        // 00:00–00:00:40: ready 14 s, reserved 1 s, on call 25 s → occupancy 25 ÷ 40
        assertEquals(new Ratio(25_000, 40_000), later.occupancy());
    }

    private QueueTile tile(String at) {
        return engine.at(Instant.parse(at), Set.of(queue), DAY).queues().get(queue);
    }

    private void call(String ast, String id, String enqueued, String ended) throws SQLException {
        sql("insert into acd_call (asterisk_id, call_id, server, queue, first_queue, enqueued_at, ended_at)"
                + " values (?, ?, 'past', ?, ?, ?, ?)", ast, id, queue, queue, ts(enqueued), ts(ended));
    }

    private void step(String ast, String id, String at, String kind, String by) throws SQLException {
        sql("insert into acd_call_step (asterisk_id, call_id, at, kind, queue, agent) values (?, ?, ?, ?, ?, ?)", ast,
                id, ts(at), kind, queue, by);
    }

    private void state(String at, String from, String to, String call) throws SQLException {
        sql("insert into acd_agent_state (username, at, from_state, to_state, call_id, queue) values (?, ?, ?, ?, ?, ?)",
                agent, ts(at), from, to, call, call == null ? null : queue);
    }

    private static Timestamp ts(String at) {
        return Timestamp.from(Instant.parse(at));
    }

    private void sql(String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
