-- Hourly rollups (io.callcenter.reports.rollup): the quarter-hour rollups summed per hour of the epoch (UTC hours),
-- maintained by the projector with the quarter and day tables. Reports use them for any bucket that is a union of
-- whole UTC hours (hour buckets, business-hours filters on whole hours, day-sized buckets of partial days in zones
-- with whole-hour offsets); see RollupReader.

create table report_queue_hour (like report_queue_quarter including defaults);
alter table report_queue_hour rename column quarter to hour;
alter table report_queue_hour add primary key (queue, hour);
create index report_queue_hour_by_time on report_queue_hour (hour);

create table report_agent_hour (like report_agent_quarter including defaults);
alter table report_agent_hour rename column quarter to hour;
alter table report_agent_hour add primary key (agent, hour);
create index report_agent_hour_by_time on report_agent_hour (hour);

create table report_pause_hour (
    agent  varchar(64)  not null,
    hour   timestamptz  not null,
    reason varchar(200) not null,
    ms     bigint       not null,
    primary key (agent, hour, reason)
);
create index report_pause_hour_by_time on report_pause_hour (hour);
-- reports over all agents read pauses by time, not by agent
create index report_pause_quarter_by_time on report_pause_quarter (quarter);

-- existing rollups: the hour rows are the sums of their quarters (maxima: the largest)
insert into report_queue_hour
select queue, date_bin('1 hour', quarter, timestamptz '2000-01-01 00:00:00+00') as hour,
    sum(offered),
    sum(ans_n), sum(ans_within), sum(ans_sum_ms), max(ans_max_ms),
    sum(ab_n), sum(ab_within), sum(ab_sum_ms), max(ab_max_ms),
    sum(sab_n), sum(sab_within), sum(sab_sum_ms), max(sab_max_ms),
    sum(to_n), sum(to_within), sum(to_sum_ms), max(to_max_ms),
    sum(ov_n), sum(ov_within), sum(ov_sum_ms), max(ov_max_ms),
    sum(transferred), sum(after_hours), sum(handled), sum(talk_ms), sum(hold_ms), sum(wrap_ms),
    sum(ans_b0), sum(ans_b1), sum(ans_b2), sum(ans_b3), sum(ans_b4), sum(ans_b5),
    sum(ab_b0), sum(ab_b1), sum(ab_b2), sum(ab_b3), sum(ab_b4), sum(ab_b5),
    sum(pos_n), sum(pos_sum), max(pos_max),
    sum(pos_b0), sum(pos_b1), sum(pos_b2), sum(pos_b3), sum(pos_b4), sum(pos_b5)
from report_queue_quarter group by 1, 2;

insert into report_agent_hour
select agent, date_bin('1 hour', quarter, timestamptz '2000-01-01 00:00:00+00') as hour,
    sum(ready_ms), sum(reserved_ms), sum(on_call_ms), sum(wrap_up_ms), sum(paused_ms), sum(offers), sum(answered),
    sum(missed), sum(handled), sum(talk_ms), sum(hold_ms), sum(wrap_ms)
from report_agent_quarter group by 1, 2;

insert into report_pause_hour
select agent, date_bin('1 hour', quarter, timestamptz '2000-01-01 00:00:00+00'), reason, sum(ms)
from report_pause_quarter group by 1, 2, 3;
