package io.callcenter.acd.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The service-level rules of a queue that a call is classified with, recorded on the call when it enters the queue
 * (so a later change of the queue does not reclassify it).
 *
 * @param serviceLevel a wait {@code <=} this is within the service level
 * @param shortAbandon an abandon with a wait {@code <} this is a short abandon
 * @param slFormula the queue's SL variant then
 */
public record SlRules(Duration serviceLevel, Duration shortAbandon, SlFormula slFormula) {

    public SlRules {
        Objects.requireNonNull(serviceLevel, "serviceLevel");
        Objects.requireNonNull(shortAbandon, "shortAbandon");
        Objects.requireNonNull(slFormula, "slFormula");
    }

    /** The queue's rules as configured now. */
    public static SlRules of(QueueConfig queue) {
        return new SlRules(queue.serviceLevel(), queue.shortAbandon(), queue.slFormula());
    }

    /**
     * Rules read back from a record: empty when they were not recorded (rows older than V95, which readers classify
     * with the queue's current rules) or name a formula this version does not know.
     */
    public static Optional<SlRules> recorded(Long serviceLevelMs, Long shortAbandonMs, String slFormula) {
        if (serviceLevelMs == null || shortAbandonMs == null || slFormula == null) {
            return Optional.empty();
        }
        for (SlFormula f : SlFormula.values()) {
            if (f.name().equals(slFormula)) {
                return Optional.of(new SlRules(Duration.ofMillis(serviceLevelMs), Duration.ofMillis(shortAbandonMs), f));
            }
        }
        return Optional.empty();
    }
}
