package io.callcenter.acd.agent;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Counters of agent-state publishing: sent per server, failures by target (ari / db). */
@ApplicationScoped
public class PublishMetrics {

    @Inject
    MeterRegistry registry;

    void sent() {
        registry.counter("callcenter.acd.agent.published").increment();
    }

    void failed(String target) {
        registry.counter("callcenter.acd.agent.publish.failures", "target", target).increment();
    }

    /** Failures so far for a target, for tests and health. */
    public double failures(String target) {
        return registry.counter("callcenter.acd.agent.publish.failures", "target", target).count();
    }
}
