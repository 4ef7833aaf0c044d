-- Every layout a wallboard had, from when it was in force (wallboard feature, versions V95..V99): time travel shows
-- the yellow/red thresholds (and so the alarms) that were in force at the instant, not today's.
create table wallboard_layout_history (
    id            bigint generated always as identity primary key,
    wallboard_id  bigint       not null references wallboard (id) on delete cascade,
    valid_from    timestamptz  not null,
    layout        jsonb        not null,
    changed_by    varchar(64)  not null
);
create index wallboard_layout_history_by_board on wallboard_layout_history (wallboard_id, valid_from);

-- wallboards made before V96: their present layout is the only one known, from their last change on
insert into wallboard_layout_history (wallboard_id, valid_from, layout, changed_by)
    select id, updated_at, layout, updated_by from wallboard;
