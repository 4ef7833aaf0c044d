package io.callcenter.reports.rollup;

import io.callcenter.metrics.AgentTime;
import io.callcenter.reports.query.AgentCalls;
import java.util.Map;

/**
 * What one agent rollup row holds (with its pause rows): time per state and the agent's calls.
 *
 * @param time summed {@link AgentTime} of the agent's closed state intervals
 * @param calls offers, answers, misses and handling of its calls
 */
public record AgentCell(AgentTime time, AgentCalls calls) {

    /** Nothing. */
    public static final AgentCell ZERO = new AgentCell(new AgentTime(Map.of(), Map.of()), AgentCalls.NONE);

    public AgentCell plus(AgentCell o) {
        return new AgentCell(time.plus(o.time), calls.plus(o.calls));
    }
}
