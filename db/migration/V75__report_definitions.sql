-- Saved report definitions (reports web side, versions V75..V79): a user's named report with its parameters, seen
-- and changed only by its owner. Parameters are the report's query parameters (from, to, range, queue, interval,
-- ...) as a flat JSON object of strings, replayed as they are when the definition is run.
create table report_definition (
    id          bigserial    primary key,
    owner       varchar(64)  not null,
    name        varchar(100) not null,
    -- queue-interval | agent-performance | abandons | calls
    report_type varchar(40)  not null,
    parameters  jsonb        not null default '{}',
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create unique index report_definition_name on report_definition (owner, lower(name));
