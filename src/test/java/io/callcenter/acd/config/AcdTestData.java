package io.callcenter.acd.config;

import io.callcenter.acd.admin.QueueDto;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique queue names and DIDs (tests share one database) and a fully specified queue. */
public final class AcdTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private AcdTestData() {
    }

    public static String name(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    public static String did() {
        return "9" + System.nanoTime() % 100_000_000 + SEQ.incrementAndGet();
    }

    /** Every field set (DID priority 3 for the first DID); {@code hours} may be null. */
    public static QueueDto queue(String name, List<String> dids, String hours) {
        return new QueueDto(name, dids, dids.isEmpty() ? Map.of() : Map.of(dids.get(0), 3), "round-robin", 12, 4,
                8, 120, 7, new QueueDto.TargetDto("ENDPOINT", "PJSIP/2000"), true, false, "default", 30, 20,
                "LEFT_QUEUE_EXCL_SHORT", 5, Map.of("english", 2), 60, "VIP", 2, null, hours, null);
    }

    public static QueueDto withOverflow(QueueDto q, String kind, String value) {
        return new QueueDto(q.name(), q.dids(), q.didPriority(), q.strategy(), q.ringTimeoutSeconds(),
                q.retryDelaySeconds(), q.wrapUpSeconds(), q.maxWaitSeconds(), q.maxLength(),
                new QueueDto.TargetDto(kind, value), q.joinWhenNoAgents(), q.leaveWhenNoAgents(), q.mohClass(),
                q.announceIntervalSeconds(), q.serviceLevelSeconds(), q.slFormula(), q.shortAbandonSeconds(),
                q.requiredSkills(), q.skillRelaxAfterSeconds(), q.priorityVariable(), q.autoPauseAfterMisses(),
                q.whisper(), q.businessHours(), q.afterHours());
    }
}
