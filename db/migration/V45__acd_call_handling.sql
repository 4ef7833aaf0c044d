-- What the agent did with an answered queue call (agent desktop, issue 7), so talk / hold / wrap-up and the
-- call's recording can be told from the record: talk = ended_at - answered_at - hold_ms; wrap-up =
-- wrap_ended_at - ended_at. New step kinds in acd_call_step (kind, detail):
--   hold / unhold; transfer (detail blind:agent:<user> | blind:queue:<queue> | blind:number:<number> |
--   attended:<target>); consult (detail started | cancelled | completed, agent/channel = the consulted party);
--   conference (detail = the third party); record_start / record_stop (detail = recording name);
--   disposition (detail = code); wrap_up_end (agent = who, detail = how: timer | agent | supervisor).

-- closed hold intervals so far, in milliseconds
alter table acd_call add column hold_ms bigint not null default 0;
-- set while the caller is on hold (its interval is added to hold_ms at unhold or at the end of the call)
alter table acd_call add column held_since timestamptz;
-- when the answering agent's wrap-up for this call ended (null: still wrapping up, or never answered)
alter table acd_call add column wrap_ended_at timestamptz;
-- name of the call's (last) stored recording, playable via the recordings API
alter table acd_call add column recording varchar(200);

create index acd_call_by_agent on acd_call (agent, enqueued_at) where agent is not null;
create index acd_call_by_enqueue on acd_call (enqueued_at);
