-- Per-call thresholds (wallboard feature, versions V95..V99): the queue's service-level rules as they were when the
-- call entered it, written on the step that opens a stay in a queue (kind 'enqueue', and the ACD's move to another
-- queue: kind 'transfer' with detail 'queue <name>'). A call is classified with these, so changing a queue's
-- threshold later does not rewrite history (wallboard time travel, report rebuilds).
-- Rows written before V95 (and other step kinds) keep NULLs: readers fall back to the queue's current settings.

-- wait <= this is "within" the service level
alter table acd_call_step add column sl_threshold_ms bigint;
-- an abandon with a wait < this is a short abandon
alter table acd_call_step add column short_abandon_ms bigint;
-- the queue's SL variant (io.callcenter.acd.config.SlFormula name)
alter table acd_call_step add column sl_formula varchar(40);
