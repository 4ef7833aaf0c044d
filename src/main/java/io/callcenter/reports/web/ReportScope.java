package io.callcenter.reports.web;

import java.util.Set;

/**
 * What one report run may show: every queue / agent (admins asking for all), or exactly these.
 *
 * @param allQueues no queue restriction at all
 * @param queues the queues to show when not all (may be empty: then nothing is shown)
 * @param allAgents no agent restriction at all
 * @param agents the agents to show when not all
 */
public record ReportScope(boolean allQueues, Set<String> queues, boolean allAgents, Set<String> agents) {

    public boolean showsQueue(String queue) {
        return allQueues || queues.contains(queue);
    }

    public boolean showsAgent(String agent) {
        return allAgents || agents.contains(agent);
    }
}
