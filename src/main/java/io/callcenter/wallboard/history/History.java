package io.callcenter.wallboard.history;

import java.util.List;

/**
 * A batch of history rows, each list in id order: what a load or one tail poll returns.
 *
 * @param steps call steps
 * @param states agent state changes
 * @param agentQueues agents' queue sets
 */
public record History(List<StepRow> steps, List<AgentStateRow> states, List<AgentQueuesRow> agentQueues) {

    public History {
        steps = List.copyOf(steps);
        states = List.copyOf(states);
        agentQueues = List.copyOf(agentQueues);
    }

    public boolean isEmpty() {
        return steps.isEmpty() && states.isEmpty() && agentQueues.isEmpty();
    }
}
