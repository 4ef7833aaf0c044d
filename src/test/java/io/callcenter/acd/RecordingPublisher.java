package io.callcenter.acd;

import io.callcenter.acd.agent.AgentStatePublisher;
import io.callcenter.acd.agent.AgentTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every agent transition the runtime hands to its publishers, so tests can check what was published. Qualified,
 * so it never competes with the real publisher where one is injected; the runtime calls every publisher bean.
 */
@ApplicationScoped
@RecordingPublisher.Recording
public class RecordingPublisher implements AgentStatePublisher {

    /** Marks the test's extra publisher. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Recording {
    }

    private final List<AgentTransition> transitions = new CopyOnWriteArrayList<>();

    @Override
    public void publish(AgentTransition transition) {
        transitions.add(transition);
    }

    public List<AgentTransition> of(String username) {
        return transitions.stream().filter(t -> t.username().equals(username)).toList();
    }
}
