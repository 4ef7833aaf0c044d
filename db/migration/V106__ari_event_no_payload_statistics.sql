-- ari_event takes tens of thousands of rows a second, so autovacuum re-analyzes its day partition every ~10 %
-- of growth, several times a minute under load, on the same cores. Statistics of the jsonb payload were most of
-- each ANALYZE (a 300,000-row day partition of trace-shaped rows on PostgreSQL 14: 0.8-1.2 s with them,
-- 0.4-0.5 s without) and no query uses them: events are read by channel and time (their own columns, whose
-- statistics stay). ALTER TABLE recurses to the existing partitions; new day partitions get the same setting
-- from io.callcenter.mirror.history.Partitions when it creates them (a partition does not inherit it).
ALTER TABLE ari_event ALTER COLUMN payload SET STATISTICS 0;
