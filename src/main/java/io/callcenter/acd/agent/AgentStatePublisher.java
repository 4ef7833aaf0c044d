package io.callcenter.acd.agent;

/**
 * Makes an agent transition visible outside the runtime: persists it (agent session + state change rows, in order),
 * sets the custom device state {@code Stasis:agent-<ext>} ({@link AgentState#deviceState()}) and sends the user event
 * {@code AgentState} (variables: agent, endpoint, state, from, reason, queue, callId) through ARI on every connected
 * server. Never blocks the caller: work is queued in order per agent; ARI or database failures are retried/logged and
 * counted, never thrown back into the call flow.
 */
public interface AgentStatePublisher {

    void publish(AgentTransition transition);
}
