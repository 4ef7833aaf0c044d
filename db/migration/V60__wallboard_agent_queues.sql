-- Wallboard metric engine (versions V60..V64). Which queues each agent was logged in to, over time: the agent
-- state history (acd_agent_state, V21) has no queue set, and the wallboard counts agents per queue at any past
-- instant (time travel). A row is written whenever an agent's set changes (login, logout = empty set).
create table wallboard_agent_queues (
    id       bigserial    primary key,
    username varchar(64)  not null,
    at       timestamptz  not null,
    -- comma-separated queue names, empty when logged out
    queues   text         not null default ''
);
create index wallboard_agent_queues_by_user on wallboard_agent_queues (username, at);
create index wallboard_agent_queues_by_at on wallboard_agent_queues (at);
