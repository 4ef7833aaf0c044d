package io.callcenter.wallboard.figures;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.metrics.AgentTime;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.metrics.Ratio;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Everything a wallboard shows for one queue (or for all selected queues together) at one instant.
 *
 * @param queue the queue name, or {@link #OVERALL} for the selection as a whole
 * @param waiting callers waiting now
 * @param longestWaitMs now − enqueue of the oldest waiting caller, milliseconds; empty when nobody waits
 * @param figures offered / answered / abandoned (in {@code figures.counts()}), service level with its formula and
 *     caption, ASA, AHT (talk + hold + wrap), abandon rate with and without short abandons: all from
 *     {@link io.callcenter.metrics}, empty ({@link Ratio#value()} / {@code Average.value()}) on division by zero
 * @param agentsByState agents logged in to the queue per state now (every state present, 0 when none;
 *     LOGGED_OUT is always 0)
 * @param agentTime time per state of those agents within the period up to now ({@link AgentTime})
 * @param occupancy {@link AgentTime#occupancy()} of {@code agentTime}: (on call + wrap-up) ÷ (logged in − paused)
 */
public record QueueTile(String queue, int waiting, OptionalLong longestWaitMs, QueueFigures figures,
        Map<AgentState, Integer> agentsByState, AgentTime agentTime, Ratio occupancy) {

    /** The {@link #queue()} of the tile summing all selected queues. */
    public static final String OVERALL = "*";

    public QueueTile {
        EnumMap<AgentState, Integer> all = new EnumMap<>(AgentState.class);
        for (AgentState s : AgentState.values()) {
            all.put(s, agentsByState.getOrDefault(s, 0));
        }
        agentsByState = Collections.unmodifiableMap(all);
    }

    /** Calls offered in the period (those still waiting included). */
    public long offered() {
        return figures.counts().offered();
    }

    /** Calls answered in the period. */
    public long answered() {
        return figures.counts().answered().count();
    }

    /** Calls abandoned in the period (short abandons included). */
    public long abandoned() {
        return figures.counts().abandoned().count();
    }

    /** Agents logged in to the queue now (every state but LOGGED_OUT). */
    public int loggedIn() {
        return agentsByState.values().stream().mapToInt(Integer::intValue).sum();
    }
}
