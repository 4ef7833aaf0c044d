package io.callcenter.reports.web.dto;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.HandlingTotals;
import io.callcenter.reports.query.AgentCalls;
import io.callcenter.reports.query.AgentRow;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agent in one bucket. State times come from the agent's state intervals ({@link AgentTime}); talk / hold / wrap
 * are the totals of the calls the agent finished in the bucket.
 *
 * @param agent the username
 * @param bucket the time bucket
 * @param loggedInMs logged in (every state but logged out)
 * @param readyMs ready and waiting
 * @param ringingMs an offer rang the phone (reserved)
 * @param onCallMs on a call (hold included)
 * @param wrapUpMs in wrap-up
 * @param pausedMs paused, any reason
 * @param pausedByReasonMs paused time per reason code
 * @param offers offers that rang the agent
 * @param answered offers answered
 * @param missed offers not answered
 * @param handled calls answered and finished
 * @param talkMs talk of the handled calls (hold excluded)
 * @param holdMs hold of the handled calls
 * @param wrapMs wrap-up of the handled calls
 * @param ahtMs average handling time
 * @param occupancy (on call + wrap-up) ÷ (logged in − paused), in percent
 */
public record AgentRowJson(String agent, BucketJson bucket, long loggedInMs, long readyMs, long ringingMs,
        long onCallMs, long wrapUpMs, long pausedMs, Map<String, Long> pausedByReasonMs, long offers, long answered,
        long missed, long handled, long talkMs, long holdMs, long wrapMs, Long ahtMs, Double occupancy) {

    public static AgentRowJson of(AgentRow row, ZoneId zone) {
        AgentTime t = row.time();
        AgentCalls c = row.calls();
        HandlingTotals h = c.handling();
        Map<String, Long> reasons = new TreeMap<>();
        t.pausedByReason().forEach((reason, d) -> reasons.put(reason, d.toMillis()));
        return new AgentRowJson(row.agent(), BucketJson.of(row.bucket(), zone), t.loggedIn().toMillis(),
                ms(t, AgentState.READY), ms(t, AgentState.RESERVED), ms(t, AgentState.ON_CALL),
                ms(t, AgentState.WRAP_UP), ms(t, AgentState.PAUSED), reasons, c.offers(), c.answered(), c.missed(),
                c.handled(), h.talkMs(), h.holdMs(), h.wrapMs(), Times.ms(c.aht()), Times.percent(t.occupancy()));
    }

    private static long ms(AgentTime t, AgentState state) {
        Duration d = t.in(state);
        return d.toMillis();
    }
}
