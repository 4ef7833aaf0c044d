package io.callcenter.mirror.history;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness "History writer": DOWN while PostgreSQL writes fail or the buffer is past its high-water mark. */
@Readiness
@ApplicationScoped
public class HistoryWriterHealthCheck implements HealthCheck {

    private final HistoryRecorder recorder;

    HistoryWriterHealthCheck(HistoryRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public HealthCheckResponse call() {
        WriterHealth h = recorder.writer().health();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("History writer").status(h.up())
                .withData("buffered", h.depth()).withData("capacity", h.capacity())
                .withData("failing", h.failing()).withData("dropped", h.dropped());
        if (h.lastError() != null) {
            b.withData("lastError", h.lastError());
        }
        return b.build();
    }
}
