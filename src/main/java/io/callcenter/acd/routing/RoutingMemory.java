package io.callcenter.acd.routing;

import java.util.HashMap;
import java.util.Map;

/** Per-queue memory of the strategies that need one (round-robin: who was offered last); actor thread only. */
public final class RoutingMemory {

    private final Map<String, Integer> lastOffered = new HashMap<>();

    /** The configured position of the agent offered last in this queue, -1 before the first offer. */
    public int lastOffered(String queue) {
        return lastOffered.getOrDefault(queue, -1);
    }

    public void offered(String queue, int order) {
        lastOffered.put(queue, order);
    }
}
