package io.callcenter.wallboard.history;

/** The SQL of the history loads and tails (one place, so load and tail read the same columns). */
final class HistorySql {

    static final String STEP_COLUMNS = "select s.id, s.asterisk_id, s.call_id, s.at, s.kind, s.queue, s.agent,"
            + " s.detail, s.sl_threshold_ms, s.short_abandon_ms, s.sl_formula,"
            + " c.did, c.caller_number, c.caller_name, coalesce(c.priority, 0) as priority"
            + " from acd_call_step s left join acd_call c on c.asterisk_id = s.asterisk_id and c.call_id = s.call_id";
    static final String STEPS_BETWEEN = STEP_COLUMNS + " where s.at >= ? and s.at < ? order by s.id";
    /** Earlier steps of the calls open at the start: enqueued (within a day) before it, not ended before it. */
    static final String STEPS_OF_OPEN_CALLS = STEP_COLUMNS + " where s.at < ? and (s.asterisk_id, s.call_id) in"
            + " (select asterisk_id, call_id from acd_call where enqueued_at >= ? and enqueued_at < ?"
            + " and (ended_at is null or ended_at >= ?)) order by s.id";
    static final String STEPS_AFTER = STEP_COLUMNS + " where s.id > ? order by s.id limit ?";

    static final String STATES_BETWEEN = "select * from acd_agent_state where at >= ? and at < ? order by id";
    static final String STATES_BEFORE = "select a.* from unnest(?) as u(username) cross join lateral"
            + " (select * from acd_agent_state x where x.username = u.username and x.at < ?"
            + " order by x.at desc, x.id desc limit 1) a order by a.id";
    static final String STATES_AFTER = "select * from acd_agent_state where id > ? order by id limit ?";

    static final String QUEUES_BETWEEN = "select * from wallboard_agent_queues where at >= ? and at < ? order by id";
    static final String QUEUES_BEFORE = "select a.* from unnest(?) as u(username) cross join lateral"
            + " (select * from wallboard_agent_queues x where x.username = u.username and x.at < ?"
            + " order by x.at desc, x.id desc limit 1) a order by a.id";
    static final String QUEUES_AFTER = "select * from wallboard_agent_queues where id > ? order by id limit ?";

    private HistorySql() {
    }
}
