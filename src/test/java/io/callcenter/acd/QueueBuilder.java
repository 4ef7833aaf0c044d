package io.callcenter.acd;

import io.callcenter.acd.config.BusinessHours;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlFormula;
import io.callcenter.acd.config.Strategy;
import io.callcenter.acd.config.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain QueueConfig data for tests: sensible defaults, change what the test is about. */
public final class QueueBuilder {

    String name;
    List<String> dids;
    Strategy strategy = Strategy.LONGEST_IDLE;
    Duration ringTimeout = Duration.ofSeconds(10);
    Duration retryDelay = Duration.ZERO;
    Duration wrapUp = Duration.ZERO;
    Optional<Duration> maxWait = Optional.empty();
    Optional<Integer> maxLength = Optional.empty();
    Target overflow = Target.goodbye();
    boolean joinWhenNoAgents = true;
    Duration announceInterval = Duration.ZERO;
    Map<String, Integer> requiredSkills = Map.of();
    Optional<Duration> skillRelaxAfter = Optional.empty();
    Map<String, Integer> didPriority = Map.of();
    int autoPauseAfterMisses;
    Optional<String> whisper = Optional.empty();
    Optional<BusinessHours> hours = Optional.empty();
    Target afterHours = Target.goodbye();

    public QueueBuilder(String name, String did) {
        this.name = name;
        this.dids = List.of(did);
    }

    public QueueBuilder strategy(Strategy s) {
        strategy = s;
        return this;
    }

    public QueueBuilder ringTimeout(Duration d) {
        ringTimeout = d;
        return this;
    }

    public QueueBuilder wrapUp(Duration d) {
        wrapUp = d;
        return this;
    }

    public QueueBuilder maxWait(Duration d, Target target) {
        maxWait = Optional.of(d);
        overflow = target;
        return this;
    }

    public QueueBuilder autoPause(int misses) {
        autoPauseAfterMisses = misses;
        return this;
    }

    public QueueBuilder announce(Duration every) {
        announceInterval = every;
        return this;
    }

    public QueueBuilder skills(Map<String, Integer> required, Duration relaxAfter) {
        requiredSkills = required;
        skillRelaxAfter = Optional.ofNullable(relaxAfter);
        return this;
    }

    public QueueBuilder priority(String did, int priority) {
        dids = java.util.stream.Stream.concat(dids.stream(), java.util.stream.Stream.of(did)).distinct().toList();
        didPriority = Map.of(did, priority);
        return this;
    }

    public QueueBuilder hours(BusinessHours h, Target target) {
        hours = Optional.of(h);
        afterHours = target;
        return this;
    }

    public QueueConfig build() {
        return new QueueConfig(name, dids, strategy, ringTimeout, retryDelay, wrapUp, maxWait, maxLength, overflow,
                joinWhenNoAgents, false, "default", announceInterval, Duration.ofSeconds(20), SlFormula.ANSWERED,
                Duration.ofSeconds(5), requiredSkills, skillRelaxAfter, didPriority, Optional.empty(),
                autoPauseAfterMisses, whisper, hours, afterHours);
    }
}
