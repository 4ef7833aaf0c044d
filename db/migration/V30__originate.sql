-- Originated calls (POST /api/originate) and how they ended (originate feature, versions V30..V34).
-- One row per originate: written when it starts and again, complete, when it ends, so
-- GET /api/originate/{id} answers after the in-memory copy is gone and across restarts.
create table originate_call (
    id               uuid         primary key,
    server           varchar(64)  not null,
    endpoint         varchar(200) not null,
    -- the pre-assigned ARI channel id of the originated leg
    channel_id       varchar(128) not null,
    caller_id        varchar(200),
    context          varchar(80)  not null,
    extension        varchar(80)  not null,
    priority         integer      not null,
    timeout_seconds  integer      not null,
    requested_by     varchar(64),
    status           varchar(16)  not null check (status in ('dialing', 'up', 'completed', 'error')),
    -- "<cause_txt> (<cause>)", or ARI's / our error message
    message          varchar(500),
    cause            integer,
    cause_txt        varchar(100),
    -- HTTP status of ARI's refusal, when ARI refused
    ari_status       integer,
    -- answer → end, whole seconds; null when never answered
    duration_seconds bigint,
    started_at       timestamptz  not null,
    answered_at      timestamptz,
    ended_at         timestamptz,
    updated_at       timestamptz  not null default now()
);
create index originate_call_by_started on originate_call (started_at desc);
create index originate_call_by_channel on originate_call (channel_id);
