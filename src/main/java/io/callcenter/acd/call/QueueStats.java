package io.callcenter.acd.call;

import io.callcenter.acd.AcdConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Per-queue average wait until answer (moving average), for the estimated-wait announcement; actor thread only. */
@ApplicationScoped
public class QueueStats {

    private static final double WEIGHT = 0.2;
    private final Map<String, Double> averageWaitMs = new HashMap<>();
    private final AcdConfig config;

    QueueStats(AcdConfig config) {
        this.config = config;
    }

    void answered(String queue, Instant enqueued, Instant answered) {
        double wait = Math.max(0, answered.toEpochMilli() - enqueued.toEpochMilli());
        averageWaitMs.merge(queue, wait, (old, now) -> old * (1 - WEIGHT) + now * WEIGHT);
    }

    /** Expected wait of the caller at this (1-based) position. */
    Duration estimate(String queue, int position) {
        Double avg = averageWaitMs.get(queue);
        long perPosition = avg == null ? config.defaultWaitPerPosition().toMillis() : Math.max(1000, avg.longValue());
        return Duration.ofMillis(perPosition * Math.max(1, position));
    }
}
