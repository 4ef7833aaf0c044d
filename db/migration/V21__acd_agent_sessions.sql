-- Agent sessions (login → logout) and every agent state change, written by the AgentStatePublisher in order per agent.

create table acd_agent_session (
    id        bigserial    primary key,
    username  varchar(64)  not null,
    endpoint  varchar(100) not null,
    login_at  timestamptz  not null,
    logout_at timestamptz
);
-- at most one open session per agent
create unique index acd_agent_session_open on acd_agent_session (username) where logout_at is null;
create index acd_agent_session_by_login on acd_agent_session (login_at);

create table acd_agent_state (
    id         bigserial    primary key,
    session_id bigint references acd_agent_session (id),
    username   varchar(64)  not null,
    at         timestamptz  not null,
    from_state varchar(20)  not null,
    to_state   varchar(20)  not null,
    reason     varchar(200),
    call_id    varchar(100),
    queue      varchar(100)
);
create index acd_agent_state_by_user on acd_agent_state (username, at);
create index acd_agent_state_by_at on acd_agent_state (at);
