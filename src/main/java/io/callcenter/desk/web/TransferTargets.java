package io.callcenter.desk.web;

import java.util.List;

/** {@code GET /api/desk/transfer-targets}: the agents (with their state) and queues a call can go to. */
public record TransferTargets(List<AgentTarget> agents, List<QueueTarget> queues) {

    /** Another agent; only READY ones can take a transfer or consult. */
    public record AgentTarget(String username, String state, List<String> queues) {
    }

    public record QueueTarget(String name, int waiting) {
    }
}
