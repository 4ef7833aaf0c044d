-- Packed rollup values (io.callcenter.reports.rollup.RollupSql): every value column of a rollup row in one bytea,
-- big-endian int8s in the order of QueueColumns.NAMES / AgentColumns.NAMES (= the tables' column order). A report
-- reads a row as three values (name, bucket, packed) instead of ~50: over a year that is most of a report's time
-- (PostgreSQL sends and the driver decodes every value on its own). Generated and stored, so the writer, the
-- rebuilder and the upserts need no change; a new value column must be added to the expression (and to the *Columns
-- lists) in the same order.

alter table report_queue_quarter add column packed bytea generated always as (
        int8send(offered) || int8send(ans_n) || int8send(ans_within) || int8send(ans_sum_ms) ||
        int8send(ans_max_ms) || int8send(ab_n) || int8send(ab_within) || int8send(ab_sum_ms) ||
        int8send(ab_max_ms) || int8send(sab_n) || int8send(sab_within) || int8send(sab_sum_ms) ||
        int8send(sab_max_ms) || int8send(to_n) || int8send(to_within) || int8send(to_sum_ms) ||
        int8send(to_max_ms) || int8send(ov_n) || int8send(ov_within) || int8send(ov_sum_ms) ||
        int8send(ov_max_ms) || int8send(transferred) || int8send(after_hours) || int8send(handled) ||
        int8send(talk_ms) || int8send(hold_ms) || int8send(wrap_ms) || int8send(ans_b0) || int8send(ans_b1) ||
        int8send(ans_b2) || int8send(ans_b3) || int8send(ans_b4) || int8send(ans_b5) || int8send(ab_b0) ||
        int8send(ab_b1) || int8send(ab_b2) || int8send(ab_b3) || int8send(ab_b4) || int8send(ab_b5) ||
        int8send(pos_n) || int8send(pos_sum) || int8send(pos_max) || int8send(pos_b0) || int8send(pos_b1) ||
        int8send(pos_b2) || int8send(pos_b3) || int8send(pos_b4) || int8send(pos_b5)) stored;

alter table report_queue_hour add column packed bytea generated always as (
        int8send(offered) || int8send(ans_n) || int8send(ans_within) || int8send(ans_sum_ms) ||
        int8send(ans_max_ms) || int8send(ab_n) || int8send(ab_within) || int8send(ab_sum_ms) ||
        int8send(ab_max_ms) || int8send(sab_n) || int8send(sab_within) || int8send(sab_sum_ms) ||
        int8send(sab_max_ms) || int8send(to_n) || int8send(to_within) || int8send(to_sum_ms) ||
        int8send(to_max_ms) || int8send(ov_n) || int8send(ov_within) || int8send(ov_sum_ms) ||
        int8send(ov_max_ms) || int8send(transferred) || int8send(after_hours) || int8send(handled) ||
        int8send(talk_ms) || int8send(hold_ms) || int8send(wrap_ms) || int8send(ans_b0) || int8send(ans_b1) ||
        int8send(ans_b2) || int8send(ans_b3) || int8send(ans_b4) || int8send(ans_b5) || int8send(ab_b0) ||
        int8send(ab_b1) || int8send(ab_b2) || int8send(ab_b3) || int8send(ab_b4) || int8send(ab_b5) ||
        int8send(pos_n) || int8send(pos_sum) || int8send(pos_max) || int8send(pos_b0) || int8send(pos_b1) ||
        int8send(pos_b2) || int8send(pos_b3) || int8send(pos_b4) || int8send(pos_b5)) stored;

alter table report_queue_day add column packed bytea generated always as (
        int8send(offered) || int8send(ans_n) || int8send(ans_within) || int8send(ans_sum_ms) ||
        int8send(ans_max_ms) || int8send(ab_n) || int8send(ab_within) || int8send(ab_sum_ms) ||
        int8send(ab_max_ms) || int8send(sab_n) || int8send(sab_within) || int8send(sab_sum_ms) ||
        int8send(sab_max_ms) || int8send(to_n) || int8send(to_within) || int8send(to_sum_ms) ||
        int8send(to_max_ms) || int8send(ov_n) || int8send(ov_within) || int8send(ov_sum_ms) ||
        int8send(ov_max_ms) || int8send(transferred) || int8send(after_hours) || int8send(handled) ||
        int8send(talk_ms) || int8send(hold_ms) || int8send(wrap_ms) || int8send(ans_b0) || int8send(ans_b1) ||
        int8send(ans_b2) || int8send(ans_b3) || int8send(ans_b4) || int8send(ans_b5) || int8send(ab_b0) ||
        int8send(ab_b1) || int8send(ab_b2) || int8send(ab_b3) || int8send(ab_b4) || int8send(ab_b5) ||
        int8send(pos_n) || int8send(pos_sum) || int8send(pos_max) || int8send(pos_b0) || int8send(pos_b1) ||
        int8send(pos_b2) || int8send(pos_b3) || int8send(pos_b4) || int8send(pos_b5)) stored;

alter table report_agent_quarter add column packed bytea generated always as (
        int8send(ready_ms) || int8send(reserved_ms) || int8send(on_call_ms) || int8send(wrap_up_ms) ||
        int8send(paused_ms) || int8send(offers) || int8send(answered) || int8send(missed) || int8send(handled) ||
        int8send(talk_ms) || int8send(hold_ms) || int8send(wrap_ms)) stored;

alter table report_agent_hour add column packed bytea generated always as (
        int8send(ready_ms) || int8send(reserved_ms) || int8send(on_call_ms) || int8send(wrap_up_ms) ||
        int8send(paused_ms) || int8send(offers) || int8send(answered) || int8send(missed) || int8send(handled) ||
        int8send(talk_ms) || int8send(hold_ms) || int8send(wrap_ms)) stored;

alter table report_agent_day add column packed bytea generated always as (
        int8send(ready_ms) || int8send(reserved_ms) || int8send(on_call_ms) || int8send(wrap_up_ms) ||
        int8send(paused_ms) || int8send(offers) || int8send(answered) || int8send(missed) || int8send(handled) ||
        int8send(talk_ms) || int8send(hold_ms) || int8send(wrap_ms)) stored;
