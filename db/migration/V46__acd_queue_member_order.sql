-- The queue's own order of its members (acd-finish, V46): linear and round-robin go through a queue's agents in
-- this order. acd_membership.position stays the agent's own list order; queue_position orders the members of one
-- queue (1 = first). Existing members keep the order they were routed in so far (by username).
alter table acd_membership add column queue_position integer;

update acd_membership m set queue_position = r.n
from (select mm.user_id, mm.queue_name,
             row_number() over (partition by mm.queue_name order by u.username) as n
      from acd_membership mm join app_user u on u.id = mm.user_id) r
where m.user_id = r.user_id and m.queue_name = r.queue_name;

alter table acd_membership alter column queue_position set not null;
alter table acd_membership add constraint acd_membership_queue_position_positive check (queue_position > 0);
