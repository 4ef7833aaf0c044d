/**
 * The one set of contact-centre metric definitions, used by the live wallboard and by the historical reports alike,
 * so the two can never disagree. Pure functions and records: nothing here knows how calls are stored or pushed.
 *
 * <h2>How a number is made</h2>
 * <ol>
 * <li>A call's stay in a queue becomes a {@link io.callcenter.metrics.QueuedCall} (enqueue instant, the instant it
 * left the queue, its {@link io.callcenter.metrics.CallOutcome outcome}, and talk / hold / wrap once the agent is
 * done).</li>
 * <li>{@link io.callcenter.metrics.Contributions#of(QueuedCall, Thresholds)} turns it into
 * {@link io.callcenter.metrics.CallCounts}: raw counts and sums. This is the only place a call is classified.</li>
 * <li>Counts are added up ({@link io.callcenter.metrics.CallCounts#plus}): a 15-minute rollup, an hour, a business
 * day, a month are sums of contributions or of smaller rollups. Sum of the parts = the whole.</li>
 * <li>Metrics are computed from summed counts, never averaged from averages:
 * {@link io.callcenter.metrics.ServiceLevel}, {@link io.callcenter.metrics.QueueMetrics}.</li>
 * </ol>
 * Live: the wallboard adds the contributions of the calls enqueued in its window plus
 * {@link io.callcenter.metrics.Contributions#waiting()} per caller still waiting, then applies the same functions.
 *
 * <h2>Which calls count where</h2>
 * <ul>
 * <li>Per queue: one stay per queue. A call that overflows from A to B is offered (and has an outcome) in both.</li>
 * <li>In time: a call counts in the interval / business day / window that contains its <b>enqueue</b> instant
 * ({@link io.callcenter.metrics.TimeWindow} is half-open {@code [start, end)}).</li>
 * <li>Classification uses the queue's thresholds in force when the call <b>entered</b> the queue, recorded on the
 * stay ({@link io.callcenter.acd.config.SlRules}, V95; stays recorded before V95 use the queue's current ones), so
 * changing a threshold never reclassifies earlier calls, live, in time travel or in a report rebuild
 * ({@link io.callcenter.metrics.Thresholds}); counts do not remember them, so a period in which the threshold was
 * changed mixes both. The SL formula is applied to summed counts (which hold every variant's terms), with the
 * queue's current variant.</li>
 * </ul>
 *
 * <h2>Outcomes (exactly one per stay)</h2>
 * <ul>
 * <li><b>answered</b>: an agent was connected with the caller. <b>transferred</b>: answered, then the agent sent the
 * caller on; counts as answered too.</li>
 * <li><b>abandoned</b>: the caller hung up while waiting. A <b>short abandon</b> is an abandon with a wait strictly
 * shorter than the short-abandon cut (wait {@code <} cut): at exactly the cut it is a normal abandon.</li>
 * <li><b>timeout</b>: max wait reached, sent to the overflow target. <b>overflow</b>: sent on unanswered for any other
 * reason (max length, no agents, supervisor redirect).</li>
 * <li><b>after hours</b>: arrived while the queue was closed; never entered the queue, so it is <i>not offered</i>
 * and appears only in its own count.</li>
 * </ul>
 *
 * <h2>Definitions</h2>
 * <ul>
 * <li><b>Wait</b>: time from entering the queue to leaving it (answer, hang-up, being sent on), in whole
 * milliseconds.</li>
 * <li><b>Within</b> the service-level threshold: wait {@code <=} threshold. A call answered after exactly 20.000 s
 * is within a 20 s service level; one answered after 20.001 s is not.</li>
 * <li><b>Offered</b> O: calls that entered the queue (after-hours excluded), including any still waiting.
 * <b>Left the queue</b> L: answered + abandoned + timed out + overflowed. For finished periods O = L.</li>
 * <li><b>Handled</b>: answered calls whose conversation and wrap-up are over (only those count in AHT).</li>
 * <li><b>Service level</b> ({@link io.callcenter.acd.config.SlFormula}), with W answered within, A answered, Aw / Ab
 * abandoned within / abandoned, S / Sw short abandons / short abandons within:
 * ANSWERED W ÷ A; ANSWERED_AND_ABANDONED (W + Aw) ÷ (A + Ab); LEFT_QUEUE W ÷ L; OFFERED W ÷ O;
 * ANSWERED_AND_ABANDONED_EXCL_SHORT (W + Aw − Sw) ÷ (A + Ab − S); LEFT_QUEUE_EXCL_SHORT W ÷ (L − S);
 * OFFERED_EXCL_SHORT W ÷ (O − S). The tile caption is
 * {@link io.callcenter.metrics.ServiceLevel#describe}.</li>
 * <li><b>ASA</b>: Σ wait of answered ÷ answered. <b>Average abandon wait</b>: Σ wait of abandoned ÷ abandoned.</li>
 * <li><b>AHT</b>: Σ (talk + hold + wrap-up) ÷ handled. Talk excludes hold. <b>Average talk</b>: Σ talk ÷ handled.</li>
 * <li><b>Abandon rate</b>: abandoned ÷ offered; <b>without short abandons</b>: (abandoned − S) ÷ (offered − S).
 * <b>Answer rate</b>: answered ÷ offered.</li>
 * <li><b>Max wait</b>: the longest wait of any call that left the queue in the period (the wallboard's "longest
 * wait" of callers waiting <i>now</i> is now − enqueue of the oldest waiting caller,
 * {@link io.callcenter.metrics.QueueMetrics#longestWaiting}).</li>
 * <li><b>Answered-within distribution</b>: answered calls per wait bin over configured edges (default
 * 10/20/30/60/120 s), bin i = (edge[i−1], edge[i]], so "answered within 30 s" = all bins up to 30 s.</li>
 * <li><b>Agent time in state</b> ({@link io.callcenter.metrics.AgentTime}): the parts of the agent's state
 * intervals inside the window. <b>Logged in</b> = every state except logged out; <b>available</b> = logged in −
 * paused = ready + reserved (ringing) + on call + wrap-up; pause time is also split by reason.</li>
 * <li><b>Occupancy</b>: (on call + wrap-up) ÷ (logged in − paused). Hold is part of on call; ringing (reserved) and
 * ready are available but not occupied.</li>
 * <li><b>No value</b>: any division by zero gives an empty result, shown as "—" (never NaN, never 0 %).</li>
 * </ul>
 *
 * <h2>At an instant (live and time travel)</h2>
 * A {@link io.callcenter.metrics.QueueStay} is a stay known over time; evaluated at instant T every later event is
 * unknown, so the live wallboard (T = now) and time travel (T in the past) count the same way:
 * <ul>
 * <li><b>Waiting at T</b>: entered the queue at or before T, and neither left it nor hung up by T (a stay after a
 * move to another queue exists from the move on, but counts from the first enqueue).</li>
 * <li><b>Counted at T</b>: a stay that left by T contributes as a {@link io.callcenter.metrics.QueuedCall}; it is
 * TRANSFERRED once the transfer happened by T and handled once the call ended and the agent's wrap-up was over by
 * T; a waiting one contributes {@link io.callcenter.metrics.Contributions#waiting()}.</li>
 * <li><b>Longest wait at T</b>: T − the enqueue of the oldest caller waiting at T.</li>
 * <li><b>Agent state at T</b>: the state entered by the agent's last transition at or before T
 * ({@link io.callcenter.metrics.StateInterval#at}); <b>time in state</b> = T − that transition.</li>
 * <li><b>Agents by state of a queue</b>: agents logged in to the queue at T, per state. <b>A queue's occupancy</b>:
 * {@link io.callcenter.metrics.AgentTime#occupancy()} of the summed time (within the period up to T) of the agents
 * logged in to it at T, or, for agents logged out by T, whose last queues included it (agent time is not split by
 * queue, so an agent in two queues counts fully in both; the overall figure counts each agent once).</li>
 * <li><b>Calls handled by an agent</b>: the period's calls (by enqueue instant) the agent answered by T.</li>
 * </ul>
 *
 * <h2>Days and windows</h2>
 * A business day runs from the configured day-start time (e.g. 06:00 for 24/7 centres, so there is no midnight blind
 * spot) to the same local time the next day in the centre's zone: 23 h or 25 h across DST. A day start that falls in
 * a DST gap begins when the gap ends; one that happens twice begins at the first occurrence
 * ({@link io.callcenter.metrics.BusinessDay}). A sliding window of length d at instant now is (now − d, now]
 * ({@link io.callcenter.metrics.TimeWindow#sliding}). Report buckets ({@link io.callcenter.metrics.ReportInterval}):
 * quarter hour, local clock hour, business day, month of business days, and weekday of the business day; all are unions
 * of quarter hours (for zones with quarter-hour offsets and a quarter-hour day start), so 15-minute rollups suffice.
 */
package io.callcenter.metrics;
