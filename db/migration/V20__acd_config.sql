-- ACD configuration (acd-config feature, versions V20..V24): business hours, queues with their DIDs and
-- required skills, agents' skills and queue memberships, pause reasons. Names are the identities: a queue or
-- schedule is never renamed, so rows refer to each other by name.

-- named weekly schedules, shared by queues
create table acd_schedule (
    name varchar(100) primary key,
    zone varchar(64)  not null
);

-- open intervals [open_from, open_to) per ISO day of week (1 = Monday); open_to 00:00 = end of day
create table acd_schedule_interval (
    schedule_name varchar(100) not null references acd_schedule (name) on delete cascade,
    day_of_week   smallint     not null check (day_of_week between 1 and 7),
    open_from     time         not null,
    open_to       time         not null,
    check (open_to > open_from or open_to = time '00:00'),
    primary key (schedule_name, day_of_week, open_from)
);

create table acd_schedule_holiday (
    schedule_name varchar(100) not null references acd_schedule (name) on delete cascade,
    day           date         not null,
    primary key (schedule_name, day)
);

-- durations in whole seconds; nulls mean "unlimited" / "never" / "none" as documented on QueueConfig
create table acd_queue (
    name                    varchar(100) primary key,
    strategy                varchar(20)  not null,
    ring_timeout_s          integer      not null check (ring_timeout_s > 0),
    retry_delay_s           integer      not null check (retry_delay_s >= 0),
    wrap_up_s               integer      not null check (wrap_up_s >= 0),
    max_wait_s              integer check (max_wait_s > 0),
    max_length              integer check (max_length > 0),
    overflow_kind           varchar(10)  not null,
    overflow_value          varchar(200) not null,
    join_when_no_agents     boolean      not null,
    leave_when_no_agents    boolean      not null,
    moh_class               varchar(80)  not null,
    announce_interval_s     integer      not null check (announce_interval_s >= 0),
    service_level_s         integer      not null check (service_level_s > 0),
    sl_formula              varchar(40)  not null,
    short_abandon_s         integer      not null check (short_abandon_s >= 0),
    skill_relax_after_s     integer check (skill_relax_after_s >= 0),
    priority_variable       varchar(80),
    auto_pause_after_misses integer      not null check (auto_pause_after_misses >= 0),
    whisper                 varchar(200),
    schedule_name           varchar(100) references acd_schedule (name),
    after_hours_kind        varchar(10)  not null,
    after_hours_value       varchar(200) not null
);

-- a DID routes to exactly one queue (the primary key makes DIDs unique across queues)
create table acd_queue_did (
    did        varchar(80)  primary key,
    queue_name varchar(100) not null references acd_queue (name) on delete cascade,
    priority   integer      not null default 0
);
create index acd_queue_did_by_queue on acd_queue_did (queue_name);

create table acd_queue_skill (
    queue_name varchar(100) not null references acd_queue (name) on delete cascade,
    skill      varchar(60)  not null,
    min_level  integer      not null check (min_level >= 0),
    primary key (queue_name, skill)
);

-- ACD data of a user with role agent (its endpoint stays in app_user.endpoint)
create table acd_agent (
    user_id bigint primary key references app_user (id) on delete cascade
);

create table acd_agent_skill (
    user_id bigint      not null references acd_agent (user_id) on delete cascade,
    skill   varchar(60) not null,
    level   integer     not null check (level >= 0),
    primary key (user_id, skill)
);

-- queue memberships in the agent's order (position, used by the linear strategy); lower penalty first
create table acd_membership (
    user_id    bigint       not null references acd_agent (user_id) on delete cascade,
    position   integer      not null,
    queue_name varchar(100) not null references acd_queue (name) on delete cascade,
    penalty    integer      not null check (penalty >= 0),
    primary key (user_id, position),
    -- deferred: reordering a list may swap two queues between positions within one statement batch
    unique (user_id, queue_name) deferrable initially deferred
);
create index acd_membership_by_queue on acd_membership (queue_name);

create table acd_pause_reason (
    code     varchar(40)  primary key,
    label    varchar(100) not null,
    position integer      not null
);

insert into acd_pause_reason (code, label, position) values
    ('break', 'Break', 1),
    ('lunch', 'Lunch', 2),
    ('training', 'Training', 3),
    ('meeting', 'Meeting', 4);
