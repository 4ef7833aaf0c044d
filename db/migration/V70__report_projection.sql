-- Historical reports (io.callcenter.reports): the CDR projection and the rollups, all rebuildable from
-- acd_call / acd_call_step / acd_agent_state. Times are timestamptz (UTC); business days are dates in the
-- centre's zone (callcenter.centre.*): changing the zone or the day start needs a rebuild of the day tables.

-- One call detail record per ACD call.
create table report_cdr (
    asterisk_id      varchar(64)  not null,
    call_id          varchar(150) not null,
    caller_number    varchar(100),
    caller_name      varchar(200),
    did              varchar(100),
    first_queue      varchar(100) not null,
    queue            varchar(100) not null,
    queues           text[]       not null,
    enqueued_at      timestamptz  not null,
    answered_at      timestamptz,
    ended_at         timestamptz,
    -- answered | transferred | abandoned | timeout | overflow | after_hours (metrics.CallOutcome, lower case)
    outcome          varchar(20),
    agent            varchar(64),
    agents_offered   text[]       not null,
    wait_ms          bigint       not null,
    talk_ms          bigint,
    hold_ms          bigint       not null,
    wrap_ms          bigint,
    -- enqueue to end, for the duration filter of the call search
    duration_ms      bigint,
    hangup_side      varchar(10),
    hangup_cause     integer,
    disposition      varchar(100),
    transferred_to   varchar(200),
    overflow_reason  varchar(40),
    abandon_position integer,
    recording        varchar(200),
    -- what the rollups already contain of this call: 0 nothing, 1 its stays and offers (counted when the call
    -- ended), 2 its handling too (counted when the answering agent's wrap-up ended)
    counted          smallint     not null default 0,
    primary key (asterisk_id, call_id)
);
create index report_cdr_by_enqueue on report_cdr (enqueued_at, asterisk_id, call_id);
create index report_cdr_by_number on report_cdr (caller_number, enqueued_at);
create index report_cdr_by_did on report_cdr (did, enqueued_at);
create index report_cdr_by_agent on report_cdr (agent, enqueued_at) where agent is not null;
create index report_cdr_by_queues on report_cdr using gin (queues);

-- A call's stays per queue (a call overflowing from A to B has two), in order.
create table report_call_stay (
    asterisk_id varchar(64)  not null,
    call_id     varchar(150) not null,
    seq         integer      not null,
    queue       varchar(100) not null,
    enqueued_at timestamptz  not null,
    left_at     timestamptz,
    outcome     varchar(20),
    position    integer      not null,
    agent       varchar(64),
    primary key (asterisk_id, call_id, seq)
);

-- Queue rollups: summed metrics.CallCounts (+ abandon positions) of the stays enqueued in the quarter hour
-- (report_queue_quarter) or business day (report_queue_day). Histogram bins over metrics.Thresholds.DEFAULT_EDGES
-- (10/20/30/60/120 s): b0 = wait <= 10 s ... b5 = over 120 s. Positions: 1, 2, 3, 4-5, 6-10, >10.
create table report_queue_quarter (
    queue        varchar(100) not null,
    quarter      timestamptz  not null,
    offered      bigint not null,
    ans_n bigint not null, ans_within bigint not null, ans_sum_ms bigint not null, ans_max_ms bigint not null,
    ab_n  bigint not null, ab_within  bigint not null, ab_sum_ms  bigint not null, ab_max_ms  bigint not null,
    sab_n bigint not null, sab_within bigint not null, sab_sum_ms bigint not null, sab_max_ms bigint not null,
    to_n  bigint not null, to_within  bigint not null, to_sum_ms  bigint not null, to_max_ms  bigint not null,
    ov_n  bigint not null, ov_within  bigint not null, ov_sum_ms  bigint not null, ov_max_ms  bigint not null,
    transferred  bigint not null,
    after_hours  bigint not null,
    handled bigint not null, talk_ms bigint not null, hold_ms bigint not null, wrap_ms bigint not null,
    ans_b0 bigint not null, ans_b1 bigint not null, ans_b2 bigint not null, ans_b3 bigint not null,
    ans_b4 bigint not null, ans_b5 bigint not null,
    ab_b0 bigint not null, ab_b1 bigint not null, ab_b2 bigint not null, ab_b3 bigint not null,
    ab_b4 bigint not null, ab_b5 bigint not null,
    pos_n bigint not null, pos_sum bigint not null, pos_max bigint not null,
    pos_b0 bigint not null, pos_b1 bigint not null, pos_b2 bigint not null, pos_b3 bigint not null,
    pos_b4 bigint not null, pos_b5 bigint not null,
    primary key (queue, quarter)
);
create index report_queue_quarter_by_time on report_queue_quarter (quarter);

create table report_queue_day (like report_queue_quarter including defaults);
alter table report_queue_day drop column quarter;
alter table report_queue_day add column day date not null;
alter table report_queue_day add primary key (queue, day);
create index report_queue_day_by_day on report_queue_day (day);

-- Agent rollups: time per state (summed metrics.AgentTime of closed state intervals) and the agent's calls
-- (offers, answered, missed; talk / hold / wrap of the calls it handled, counted at the call's enqueue instant).
create table report_agent_quarter (
    agent       varchar(64) not null,
    quarter     timestamptz not null,
    ready_ms    bigint not null,
    reserved_ms bigint not null,
    on_call_ms  bigint not null,
    wrap_up_ms  bigint not null,
    paused_ms   bigint not null,
    offers      bigint not null,
    answered    bigint not null,
    missed      bigint not null,
    handled bigint not null, talk_ms bigint not null, hold_ms bigint not null, wrap_ms bigint not null,
    primary key (agent, quarter)
);
create index report_agent_quarter_by_time on report_agent_quarter (quarter);

create table report_agent_day (like report_agent_quarter including defaults);
alter table report_agent_day drop column quarter;
alter table report_agent_day add column day date not null;
alter table report_agent_day add primary key (agent, day);
create index report_agent_day_by_day on report_agent_day (day);

-- Pause time per reason.
create table report_pause_quarter (
    agent   varchar(64)  not null,
    quarter timestamptz  not null,
    reason  varchar(200) not null,
    ms      bigint       not null,
    primary key (agent, quarter, reason)
);
create table report_pause_day (
    agent  varchar(64)  not null,
    day    date         not null,
    reason varchar(200) not null,
    ms     bigint       not null,
    primary key (agent, day, reason)
);
create index report_pause_day_by_day on report_pause_day (day);

-- Where the agent-time projection of each agent stands: its last transition taken into account (the interval it
-- opened is counted when the next transition closes it).
create table report_agent_cursor (
    agent      varchar(64) primary key,
    state_id   bigint      not null,
    at         timestamptz not null,
    state      varchar(20) not null,
    reason     varchar(200)
);

-- Work for the projector, filled by triggers in the writers' transactions (so nothing committed can be missed,
-- whatever order concurrent transactions commit in) and emptied by the projector in its own transaction.
create table report_dirty_call (
    asterisk_id varchar(64)  not null,
    call_id     varchar(150) not null,
    primary key (asterisk_id, call_id)
);
-- agent transitions naming a call ("<asterisk id>:<channel id>"): the end of its wrap-up completes its handling
create table report_dirty_call_key (
    call_key varchar(220) primary key
);
create table report_pending_state (
    state_id bigint primary key
);

create function report_mark_call() returns trigger language plpgsql as $$
begin
    insert into report_dirty_call (asterisk_id, call_id) values (new.asterisk_id, new.call_id) on conflict do nothing;
    return null;
end $$;

create function report_mark_state() returns trigger language plpgsql as $$
begin
    insert into report_pending_state (state_id) values (new.id) on conflict do nothing;
    if new.call_id is not null and new.from_state in ('ON_CALL', 'WRAP_UP') then
        insert into report_dirty_call_key (call_key) values (new.call_id) on conflict do nothing;
    end if;
    return null;
end $$;

create trigger report_call_changed after insert or update on acd_call
    for each row execute function report_mark_call();
create trigger report_step_added after insert on acd_call_step
    for each row execute function report_mark_call();
create trigger report_state_added after insert on acd_agent_state
    for each row execute function report_mark_state();

-- the projector looks up a call's steps and its agent's transitions by call
create index acd_agent_state_by_call on acd_agent_state (call_id) where call_id is not null;
