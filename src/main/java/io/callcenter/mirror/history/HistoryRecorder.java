package io.callcenter.mirror.history;

import io.callcenter.ari.connection.AriEventListener;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.mirror.LiveMirror;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;

/** Sends the ARI event stream of every server to the history writer of the application's database. */
@ApplicationScoped
public class HistoryRecorder implements AriEventListener {

    private static final long STOP_FLUSH_MILLIS = 10_000;

    private final HistoryWriter writer;

    HistoryRecorder(DataSource dataSource, HistoryConfig config, MeterRegistry registry) {
        this.writer = new HistoryWriter("main", dataSource, config);
        WriterMeters.bind(registry, "main", writer, config.bufferCapacity());
    }

    void start(@Observes StartupEvent ev) {
        writer.start();
    }

    void stop(@Observes ShutdownEvent ev) throws InterruptedException {
        writer.stop(STOP_FLUSH_MILLIS);
    }

    @Scheduled(every = "1h", delayed = "1h")
    void maintainPartitions() {
        writer.requestPartitionMaintenance();
    }

    @Override
    public void onEvent(ReceivedEvent event) {
        writer.enqueue(event, LiveMirror.keyOf(event.asteriskId(), event.server()));
    }

    @Override
    public void onResync(ResyncSnapshot snapshot) {
        writer.enqueue(snapshot, LiveMirror.keyOf(snapshot.asteriskId(), snapshot.server()));
    }

    /** The writer of the application's database (for health and tests). */
    public HistoryWriter writer() {
        return writer;
    }
}
