package io.callcenter.acd.routing;

import java.time.Instant;
import java.util.Map;

/**
 * An agent that could take a call now, with what the strategies compare.
 *
 * @param order the agent's place among the queue's members (linear and round-robin order)
 * @param penalty its penalty in the queue (lower tiers are offered first)
 * @param readySince idle since (longest-idle)
 * @param answeredToday calls of this queue answered today (fewest-calls)
 */
public record Candidate(String username, int order, int penalty, Instant readySince, int answeredToday,
        Map<String, Integer> skills) {
}
