package io.callcenter.wallboard.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a wallboard shows: its queues, its widgets in order and the thresholds of its tiles; stored as JSON. Lists
 * may hold nulls as sent by a client: {@link WallboardRules} refuses them with a field message.
 */
public record Layout(List<String> queues, List<Widget> widgets, List<ThresholdRule> thresholds) {

    public Layout {
        queues = copy(queues);
        widgets = copy(widgets);
        thresholds = copy(thresholds);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
