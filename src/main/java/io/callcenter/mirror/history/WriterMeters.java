package io.callcenter.mirror.history;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.TimeUnit;

/** Publishes a history writer's figures to Micrometer (Prometheus at {@code /q/metrics}). */
final class WriterMeters {

    private WriterMeters() {
    }

    static void bind(MeterRegistry registry, String writerName, HistoryWriter writer, int capacity) {
        WriterStats s = writer.stats;
        Tags tags = Tags.of("writer", writerName);
        FunctionCounter.builder("callcenter.history.events.persisted", s, x -> x.persisted.get())
                .description("ARI events written to PostgreSQL (duplicates included)").tags(tags).register(registry);
        FunctionCounter.builder("callcenter.history.events.dropped", s, x -> x.dropped.get())
                .description("ARI events lost because the history buffer was full").tags(tags).register(registry);
        FunctionCounter.builder("callcenter.history.write.failures", s, x -> x.failures.get())
                .description("Failed batch writes (each is retried)").tags(tags).register(registry);
        Gauge.builder("callcenter.history.buffer.depth", s, x -> x.pending.get())
                .description("Events waiting to be written").tags(tags).register(registry);
        Gauge.builder("callcenter.history.buffer.capacity", () -> capacity).tags(tags).register(registry);
        Gauge.builder("callcenter.history.lag.seconds", s, WriterStats::lagSeconds)
                .description("Now minus the receive time of the last event written, 0 when idle").tags(tags)
                .register(registry);
        Gauge.builder("callcenter.history.batch.last.size", s, x -> x.lastBatchSize)
                .description("Items in the last batch written").tags(tags).register(registry);
        FunctionTimer.builder("callcenter.history.batch", s, x -> x.batches.get(),
                x -> x.batchNanos.sum(), TimeUnit.NANOSECONDS)
                .description("Batches written and the time they took").tags(tags).register(registry);
        DistributionSummary sizes = DistributionSummary.builder("callcenter.history.batch.size")
                .description("Items per batch written").tags(tags).register(registry);
        s.batchSizes = sizes::record;
    }
}
