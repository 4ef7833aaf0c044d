package io.callcenter.acd;

import io.callcenter.acd.admin.QueueDto;
import io.callcenter.acd.config.Strategy;
import io.callcenter.acd.config.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A queue for tests with sensible defaults (change what the test is about), created through the admin service. */
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
    String priorityVariable;
    String hours;
    Target afterHours = Target.goodbye();
    int serviceLevelSeconds = 20;
    int shortAbandonSeconds = 5;

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

    /** Media played to the answering agent only, before it is bridged with the caller. */
    public QueueBuilder whisper(String media) {
        whisper = Optional.of(media);
        return this;
    }

    /** The caller channel variable holding a caller priority (higher first). */
    public QueueBuilder priorityVariable(String variable) {
        priorityVariable = variable;
        return this;
    }

    /** Names a schedule created through the admin API. */
    public QueueBuilder hours(String schedule, Target target) {
        hours = schedule;
        afterHours = target;
        return this;
    }

    /** The service-level threshold and the short-abandon cut, in seconds. */
    public QueueBuilder serviceLevel(int thresholdSeconds, int shortAbandonCutSeconds) {
        serviceLevelSeconds = thresholdSeconds;
        shortAbandonSeconds = shortAbandonCutSeconds;
        return this;
    }

    /** The queue as the admin API takes it (durations in seconds). */
    public QueueDto dto() {
        return new QueueDto(name, dids, didPriority, strategy.name(), secs(ringTimeout), secs(retryDelay),
                secs(wrapUp), maxWait.map(QueueBuilder::secs).orElse(null), maxLength.orElse(null), target(overflow),
                joinWhenNoAgents, false, "default", secs(announceInterval), serviceLevelSeconds, "ANSWERED",
                shortAbandonSeconds, requiredSkills,
                skillRelaxAfter.map(QueueBuilder::secs).orElse(null), priorityVariable, autoPauseAfterMisses, whisper.orElse(null),
                hours, target(afterHours));
    }

    private static Integer secs(Duration d) {
        return (int) d.toSeconds();
    }

    private static QueueDto.TargetDto target(Target t) {
        return new QueueDto.TargetDto(t.kind().name(), t.value());
    }
}
