package io.callcenter.reports.query;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.Ratio;
import io.callcenter.reports.Bucket;
import java.time.Duration;

/**
 * One agent in one bucket.
 *
 * @param agent the username
 * @param bucket the time bucket
 * @param time time per state and pause time per reason ({@link AgentTime}: logged in, ready, reserved, on call,
 *     wrap-up, paused)
 * @param calls offers, answered, missed, and talk / hold / wrap of the handled calls
 */
public record AgentRow(String agent, Bucket bucket, AgentTime time, AgentCalls calls) {

    /** Logged-in time. */
    public Duration loggedIn() {
        return time.loggedIn();
    }

    /** Ready time. */
    public Duration ready() {
        return time.in(AgentState.READY);
    }

    /** Occupancy, {@link AgentTime#occupancy()}. */
    public Ratio occupancy() {
        return time.occupancy();
    }
}
