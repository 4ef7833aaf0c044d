package io.callcenter.wallboard.config;

import java.util.List;

/** Body of creating or replacing a wallboard: its name and whole layout. */
public record WallboardRequest(String name, List<String> queues, List<Widget> widgets,
        List<ThresholdRule> thresholds, Integer slidingMinutes) {

    public Layout layout() {
        return new Layout(queues, widgets, thresholds, slidingMinutes);
    }
}
