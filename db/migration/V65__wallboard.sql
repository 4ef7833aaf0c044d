-- Wallboards and their kiosk links (wallboard feature, versions V65..V69).
-- A wallboard's layout (queues, widgets, thresholds) is one JSON document: it is always read and written whole,
-- and validated by the application (io.callcenter.wallboard.config.WallboardRules) before it is stored.
create table wallboard (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null,
    layout      jsonb        not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null
);

-- A read-only link opening one wallboard without login (TV / kiosk). Only the SHA-256 of the random token is kept:
-- the token itself is shown once, when the link is made. A revoked link stays for the record.
create table wallboard_kiosk_link (
    id            bigint generated always as identity primary key,
    wallboard_id  bigint       not null references wallboard (id) on delete cascade,
    token_hash    char(64)     not null unique,
    label         varchar(100) not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    revoked_by    varchar(64),
    revoked_at    timestamptz
);
create index wallboard_kiosk_link_by_wallboard on wallboard_kiosk_link (wallboard_id);
