package io.callcenter.metrics;

import io.callcenter.acd.agent.AgentState;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time in each agent state within a window, summable over agents; occupancy and logged-in time derive from it.
 *
 * @param byState time per state (absent = zero)
 * @param pausedByReason PAUSED time per reason ({@link #NO_REASON} when none was given)
 */
public record AgentTime(Map<AgentState, Duration> byState, Map<String, Duration> pausedByReason) {

    /** Pause reason key for pauses without a reason. */
    public static final String NO_REASON = "unspecified";

    public AgentTime {
        byState = Map.copyOf(byState);
        pausedByReason = Map.copyOf(pausedByReason);
    }

    /** Sums the parts of the intervals that lie inside the window (intervals may overlap it partly). */
    public static AgentTime of(Collection<StateInterval> intervals, TimeWindow window) {
        Map<AgentState, Duration> byState = new EnumMap<>(AgentState.class);
        Map<String, Duration> byReason = new TreeMap<>();
        for (StateInterval i : intervals) {
            Duration d = window.overlap(i.from(), i.to());
            if (d.isZero()) {
                continue;
            }
            byState.merge(i.state(), d, Duration::plus);
            if (i.state() == AgentState.PAUSED) {
                byReason.merge(i.reason().orElse(NO_REASON), d, Duration::plus);
            }
        }
        return new AgentTime(byState, byReason);
    }

    /** Time in this state. */
    public Duration in(AgentState state) {
        return byState.getOrDefault(state, Duration.ZERO);
    }

    /** Logged-in time: every state except LOGGED_OUT (ready, reserved, on call, wrap-up, paused). */
    public Duration loggedIn() {
        return byState.entrySet().stream().filter(e -> e.getKey() != AgentState.LOGGED_OUT)
                .map(Map.Entry::getValue).reduce(Duration.ZERO, Duration::plus);
    }

    /** Available time: logged in − paused = ready + reserved + on call + wrap-up. */
    public Duration available() {
        return loggedIn().minus(in(AgentState.PAUSED));
    }

    /** Occupied time: on call (hold included) + wrap-up. */
    public Duration occupied() {
        return in(AgentState.ON_CALL).plus(in(AgentState.WRAP_UP));
    }

    /** Occupancy: (on call + wrap-up) ÷ (logged in − paused), in milliseconds; empty when never available. */
    public Ratio occupancy() {
        return new Ratio(occupied().toMillis(), available().toMillis());
    }

    /** State-wise and reason-wise sum (a team, or several windows). */
    public AgentTime plus(AgentTime o) {
        Map<AgentState, Duration> s = new EnumMap<>(AgentState.class);
        s.putAll(byState);
        o.byState.forEach((k, v) -> s.merge(k, v, Duration::plus));
        Map<String, Duration> r = new TreeMap<>(pausedByReason);
        o.pausedByReason.forEach((k, v) -> r.merge(k, v, Duration::plus));
        return new AgentTime(s, r);
    }
}
