package io.callcenter.wallboard.fold;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlFormula;
import io.callcenter.acd.config.Strategy;
import io.callcenter.acd.config.Target;
import io.callcenter.wallboard.history.AgentQueuesRow;
import io.callcenter.wallboard.history.AgentStateRow;
import io.callcenter.wallboard.history.StepRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Hand-built history rows for the fold tests (times are "HH:mm:ss" on 2026-11-27 UTC unless a date is given). */
final class Rows {

    private static final AtomicLong IDS = new AtomicLong();

    private Rows() {
    }

    static Instant at(String time) {
        return Instant.parse(time.contains("T") ? time : "2026-11-27T" + time + "Z");
    }

    static StepRow step(String call, String time, String kind, String queue, String agent, String detail) {
        return step(call, time, kind, queue, agent, detail, 0);
    }

    static StepRow step(String call, String time, String kind, String queue, String agent, String detail,
            int priority) {
        return new StepRow(IDS.incrementAndGet(), "ast:" + call, at(time), kind, queue, agent, detail, "50" + call,
                "+331" + call, "Caller " + call, priority, Optional.empty());
    }

    static AgentStateRow state(String agent, String time, AgentState from, AgentState to, String reason, String call,
            String queue) {
        return new AgentStateRow(IDS.incrementAndGet(), agent, at(time), from, to, reason,
                call == null ? null : "ast:" + call, queue);
    }

    static AgentQueuesRow queues(String agent, String time, String... queues) {
        return new AgentQueuesRow(IDS.incrementAndGet(), agent, at(time), List.of(queues));
    }

    static QueueConfig queue(String name, int slSeconds, SlFormula formula, int shortSeconds) {
        return new QueueConfig(name, List.of(), Strategy.LONGEST_IDLE, Duration.ofSeconds(10), Duration.ZERO,
                Duration.ZERO, Optional.empty(), Optional.empty(), Target.goodbye(), true, false, "default",
                Duration.ZERO, Duration.ofSeconds(slSeconds), formula, Duration.ofSeconds(shortSeconds), Map.of(),
                Optional.empty(), Map.of(), Optional.empty(), 0, Optional.empty(), Optional.empty(), Target.goodbye());
    }
}
