package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.TimeWindow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The SL rules (threshold, short-abandon cut, formula) a queue's figures are shown with at an instant: those recorded
 * by the latest stay of the period that began by then, i.e. the rules its most recent call was classified with; the
 * queue's current configuration when the period has no such stay (or only stays older than V95). So time travel shows
 * the caption and variant of the instant, and a live tile switches to changed rules with the first call after the
 * change.
 */
final class TileRules {

    private TileRules() {
    }

    static SlRules of(List<Stayed> stays, QueueConfig queue, TimeWindow window, Instant at) {
        return stays.stream()
                .filter(s -> s.stay().queue().equals(queue.name()) && window.contains(s.stay().enqueuedAt())
                        && !s.stay().joinedAt().isAfter(at) && s.rules().isPresent())
                .max(Comparator.comparing((Stayed s) -> s.stay().joinedAt()).thenComparing(s -> s.call().key))
                .flatMap(Stayed::rules).orElseGet(() -> SlRules.of(queue));
    }
}
