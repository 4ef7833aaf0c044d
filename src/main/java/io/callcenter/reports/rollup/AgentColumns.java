package io.callcenter.reports.rollup;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.HandlingTotals;
import io.callcenter.reports.query.AgentCalls;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The columns of the agent rollup tables and how an {@link AgentCell} maps onto them (pauses by reason aside). */
final class AgentColumns {

    /** States kept, in column order (logged-out time is not kept). */
    static final List<AgentState> STATES = List.of(AgentState.READY, AgentState.RESERVED, AgentState.ON_CALL,
            AgentState.WRAP_UP, AgentState.PAUSED);
    /** Every value column, in {@link #values} order. */
    static final List<String> NAMES = List.of("ready_ms", "reserved_ms", "on_call_ms", "wrap_up_ms", "paused_ms",
            "offers", "answered", "missed", "handled", "talk_ms", "hold_ms", "wrap_ms");

    private AgentColumns() {
    }

    static long[] values(AgentCell cell) {
        long[] v = new long[NAMES.size()];
        for (int i = 0; i < STATES.size(); i++) {
            v[i] = cell.time().in(STATES.get(i)).toMillis();
        }
        AgentCalls c = cell.calls();
        HandlingTotals h = c.handling();
        long[] rest = {c.offers(), c.answered(), c.missed(), h.handled(), h.talkMs(), h.holdMs(), h.wrapMs()};
        System.arraycopy(rest, 0, v, STATES.size(), rest.length);
        return v;
    }

    /** The cell from values in {@link #NAMES} order and the pause time per reason. */
    static AgentCell cell(long[] v, Map<String, Duration> pauses) {
        Map<AgentState, Duration> byState = new EnumMap<>(AgentState.class);
        for (int i = 0; i < STATES.size(); i++) {
            if (v[i] != 0) {
                byState.put(STATES.get(i), Duration.ofMillis(v[i]));
            }
        }
        int i = STATES.size();
        AgentCalls calls = new AgentCalls(v[i], v[i + 1], v[i + 2],
                new HandlingTotals(v[i + 3], v[i + 4], v[i + 5], v[i + 6]));
        return new AgentCell(new AgentTime(byState, pauses), calls);
    }
}
