-- Agent desk (issue 7): an agent's call history is the calls it answered, found by their `answer` steps (after a
-- transfer acd_call.agent names the last agent only, so the steps are the complete list).
create index acd_call_step_answers on acd_call_step (agent, call_id) where kind = 'answer';
