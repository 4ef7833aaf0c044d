package io.callcenter.wallboard.web;

import io.callcenter.wallboard.config.ThresholdRule;
import io.callcenter.wallboard.config.WallboardView;
import io.callcenter.wallboard.config.Widget;
import java.util.List;

/** What a kiosk screen learns about its wallboard: the layout, not who made it. */
public record KioskBoard(long id, String name, List<String> queues, List<Widget> widgets,
        List<ThresholdRule> thresholds) {

    static KioskBoard of(WallboardView w) {
        return new KioskBoard(w.id(), w.name(), w.queues(), w.widgets(), w.thresholds());
    }
}
