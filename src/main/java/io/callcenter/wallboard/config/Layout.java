package io.callcenter.wallboard.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a wallboard shows: its queues, its widgets in order, the thresholds of its tiles and the period its counters
 * cover ({@code slidingMinutes} absent: the business day; else a sliding window of that many minutes, for 24/7
 * floors); stored as JSON. Lists may hold nulls as sent by a client: {@link WallboardRules} refuses them.
 */
public record Layout(List<String> queues, List<Widget> widgets, List<ThresholdRule> thresholds,
        Integer slidingMinutes) {

    public Layout {
        queues = copy(queues);
        widgets = copy(widgets);
        thresholds = copy(thresholds);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
