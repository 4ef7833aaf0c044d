package io.callcenter.reports;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlFormula;
import io.callcenter.metrics.Thresholds;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * A queue's thresholds and SL variant as configured now (the rollups classify calls recorded without their own
 * rules, i.e. before V95, with them; the reports compute SL with the variant); a queue that no longer exists gets the defaults a new queue gets (20 s, short abandons under 5 s,
 * SL over answered calls).
 */
@ApplicationScoped
public class QueueThresholds {

    static final Thresholds DEFAULT = Thresholds.of(Duration.ofSeconds(20), Duration.ofSeconds(5));

    private final AcdDirectory directory;

    QueueThresholds(AcdDirectory directory) {
        this.directory = directory;
    }

    /** Thresholds with the default distribution edges (10/20/30/60/120 s), which the rollups keep. */
    public Thresholds of(String queue) {
        return directory.queue(queue).map(q -> Thresholds.of(q, Thresholds.DEFAULT_EDGES)).orElse(DEFAULT);
    }

    public SlFormula formula(String queue) {
        return directory.queue(queue).map(QueueConfig::slFormula).orElse(SlFormula.ANSWERED);
    }
}
