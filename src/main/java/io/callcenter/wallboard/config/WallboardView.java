package io.callcenter.wallboard.config;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A wallboard as the API shows it. */
public record WallboardView(long id, String name, List<String> queues, List<Widget> widgets,
        List<ThresholdRule> thresholds, Integer slidingMinutes, String createdBy, String updatedBy, Instant updatedAt) {

    static WallboardView of(WallboardEntity e, Layout layout) {
        return new WallboardView(e.id, e.name, layout.queues(), layout.widgets(), layout.thresholds(), layout.slidingMinutes(), e.createdBy,
                e.updatedBy, e.updatedAt);
    }

    /** The stored layout. */
    public Layout layout() {
        return new Layout(queues, widgets, thresholds, slidingMinutes);
    }

    /** Name, queues, widgets and thresholds as plain strings for the audit log (which stores JSON of its own). */
    Map<String, Object> auditSummary() {
        return Map.of("name", name, "queues", queues, "period", slidingMinutes == null ? "business day"
                : "last " + slidingMinutes + " min",
                "widgets", widgets.stream().map(w -> w.kind() + (w.metric() == null ? "" : ":" + w.metric().id()))
                        .toList(),
                "thresholds", thresholds.stream().map(t -> t.metric().id() + (t.queue() == null ? "" : "@" + t.queue())
                        + " yellow " + t.yellow() + " red " + t.red()).toList());
    }
}
