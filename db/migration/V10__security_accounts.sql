-- Accounts, sessions, login attempts and the audit log (security feature, versions V10..V19).

create table app_user (
    id                   bigserial primary key,
    username             varchar(64)  not null unique,
    display_name         varchar(200) not null,
    password_hash        varchar(100) not null,
    -- an agent's phone, e.g. PJSIP/1001; one endpoint belongs to at most one user
    endpoint             varchar(100) unique,
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null default now(),
    password_changed_at  timestamptz
);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('agent', 'supervisor', 'admin')),
    primary key (user_id, role)
);

-- queues by name: the queues a supervisor supervises (and an agent's memberships); the ACD defines queues later
create table user_queue (
    user_id    bigint       not null references app_user (id) on delete cascade,
    queue_name varchar(100) not null,
    primary key (user_id, queue_name)
);
create index user_queue_by_queue on user_queue (queue_name);

-- server-side sessions: the cookie carries a random token, only its SHA-256 is stored
create table user_session (
    id           bigserial primary key,
    token_hash   varchar(64)  not null unique,
    user_id      bigint       not null references app_user (id) on delete cascade,
    csrf_token   varchar(64)  not null,
    address      varchar(100),
    created_at   timestamptz  not null,
    last_seen_at timestamptz  not null,
    revoked_at   timestamptz
);
create index user_session_by_user on user_session (user_id);

-- every login attempt; lockout counts failures per username and per address from here
create table login_attempt (
    id       bigserial primary key,
    at       timestamptz  not null,
    username varchar(64)  not null,
    address  varchar(100) not null,
    outcome  varchar(20)  not null check (outcome in ('success', 'failure', 'refused', 'cleared'))
);
create index login_attempt_by_username on login_attempt (username, at);
create index login_attempt_by_address on login_attempt (address, at);

create table audit_log (
    id      bigserial primary key,
    at      timestamptz  not null default now(),
    actor   varchar(64)  not null,
    action  varchar(64)  not null,
    target  varchar(200),
    address varchar(100),
    details jsonb        not null default '{}'::jsonb
);
create index audit_log_by_at on audit_log (at desc);
create index audit_log_by_actor on audit_log (actor, at desc);
create index audit_log_by_action on audit_log (action, at desc);
