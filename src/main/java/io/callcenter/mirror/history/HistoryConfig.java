package io.callcenter.mirror.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the history writer that copies the ARI event stream into PostgreSQL. */
@ConfigMapping(prefix = "callcenter.history")
public interface HistoryConfig {

    /** How many events (per writer) may wait in memory for PostgreSQL, e.g. while it is down. */
    @WithDefault("200000")
    int bufferCapacity();

    /** Fill level (0..1 of the capacity) from which the readiness check reports DOWN, before anything is dropped. */
    @WithDefault("0.8")
    double highWaterMark();

    /** Most events written in one transaction. */
    @WithDefault("2000")
    int batchSize();

    /** Longest time a partial batch waits for more events before it is written. */
    @WithDefault("20ms")
    Duration flushInterval();

    /**
     * How long the dispatch thread may block on a full buffer while PostgreSQL is healthy but slower than the
     * event rate (back-pressure); after that, or at once while writes are failing, the event is dropped, counted
     * and logged.
     */
    @WithDefault("5s")
    Duration fullWait();

    /**
     * Connections that write a batch's {@code ari_event} rows in parallel (rows split by dedupe key). Taken from the
     * application's datasource ({@code quarkus.datasource.jdbc.max-size}): the writer holds this many plus one
     * (the lifecycle rows) while a batch is written. More than one pays when PostgreSQL has CPU to spare (its own
     * host: two connections wrote the benchmark's rows 1.1-1.6x faster than one); on a 2-core machine shared with the
     * app it measured no gain, hence 1.
     */
    @WithDefault("1")
    int logConnections();

    /** How many days of {@code ari_event} partitions are created ahead of today. */
    @WithDefault("3")
    int partitionsAhead();

    /** First wait before retrying a failed write; doubles on each failure. */
    @WithDefault("500ms")
    Duration retryInitial();

    /** Longest wait between retries of a failed write. */
    @WithDefault("30s")
    Duration retryMax();
}
