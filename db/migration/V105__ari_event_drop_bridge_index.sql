-- ari_event is written at up to tens of thousands of rows a second and each index costs every row:
-- the (asterisk_id, bridge_id, event_time) index cost ~4 µs of PostgreSQL CPU per row (~12 % of a row's
-- COPY, measured on PostgreSQL 14) and nothing reads ari_event by bridge (call timelines read it by
-- channel; bridges are queried in bridge_history / bridge_membership). bridge_id stays as a column.
-- A reader that needs a bridge's raw events should add the index back (CREATE INDEX CONCURRENTLY on
-- each partition, then on the parent).
DROP INDEX ari_event_bridge_idx;
