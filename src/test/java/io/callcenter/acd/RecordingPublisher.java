package io.callcenter.acd;

import io.callcenter.acd.agent.AgentStatePublisher;
import io.callcenter.acd.agent.AgentTransition;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every published agent transition, so tests can check what the runtime published (until the real one is merged). */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingPublisher implements AgentStatePublisher {

    public final List<AgentTransition> transitions = new CopyOnWriteArrayList<>();

    @Override
    public void publish(AgentTransition transition) {
        transitions.add(transition);
    }

    public List<AgentTransition> of(String username) {
        return transitions.stream().filter(t -> t.username().equals(username)).toList();
    }
}
