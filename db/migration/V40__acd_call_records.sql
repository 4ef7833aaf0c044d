-- ACD runtime records (acd runtime, versions V40..V44): one row per queued call, its steps, and the agents'
-- live runtime state (what a restarted backend needs to carry on).

-- One inbound call handled by the ACD, keyed like the mirror: (asterisk_id, caller channel id).
create table acd_call (
    asterisk_id      varchar(64)  not null,
    call_id          varchar(150) not null,
    server           varchar(100) not null,
    queue            varchar(100) not null,
    first_queue      varchar(100) not null,
    did              varchar(100),
    caller_number    varchar(100),
    caller_name      varchar(200),
    priority         integer      not null default 0,
    enqueued_at      timestamptz  not null,
    -- 1 = first in line when it joined
    enqueue_position integer,
    holding_bridge   varchar(150),
    answered_at      timestamptz,
    agent            varchar(64),
    agent_channel    varchar(150),
    call_bridge      varchar(150),
    -- answered | abandoned | overflowed: set once, when the call leaves the queue
    outcome          varchar(20) check (outcome in ('answered', 'abandoned', 'overflowed')),
    -- max_wait | max_length | no_agents | after_hours | no_queue | left_when_no_agents | hops
    overflow_reason  varchar(40),
    overflow_target  varchar(200),
    abandon_wait_ms  bigint,
    abandon_position integer,
    transferred_to   varchar(200),
    -- caller | agent | system (the ACD hung up, e.g. after the goodbye)
    hangup_side      varchar(10),
    hangup_cause     integer,
    disposition      varchar(100),
    ended_at         timestamptz,
    primary key (asterisk_id, call_id)
);
create index acd_call_open on acd_call (asterisk_id) where ended_at is null;
create index acd_call_by_queue on acd_call (queue, enqueued_at);

-- Everything that happened to a queued call, in order: enqueue, offer, offer_result, answer, abandon, overflow,
-- transfer, hangup. For offers: agent + channel; offer_result detail = answered | no_answer | busy |
-- unavailable | failed | cancelled (cause in cause).
create table acd_call_step (
    id          bigserial    primary key,
    asterisk_id varchar(64)  not null,
    call_id     varchar(150) not null,
    at          timestamptz  not null,
    kind        varchar(20)  not null,
    queue       varchar(100),
    agent       varchar(64),
    channel_id  varchar(150),
    detail      varchar(200),
    cause       integer
);
create index acd_call_step_by_call on acd_call_step (asterisk_id, call_id, id);

-- The agents' current runtime state, overwritten on each transition (the history of transitions is written by
-- the AgentStatePublisher): read back after a restart.
create table acd_agent_runtime (
    username       varchar(64)  primary key,
    endpoint       varchar(100),
    state          varchar(20)  not null,
    since          timestamptz  not null,
    queues         text         not null default '',
    reason         varchar(200),
    next_state     varchar(20),
    next_reason    varchar(200),
    call_id        varchar(150),
    asterisk_id    varchar(64),
    ready_since    timestamptz,
    wrap_up_until  timestamptz,
    missed_in_row  integer      not null default 0
);
