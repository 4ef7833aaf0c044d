package io.callcenter.wallboard.push;

import io.callcenter.wallboard.config.ThresholdRule;
import io.callcenter.wallboard.config.WallboardView;
import io.callcenter.wallboard.config.Widget;
import java.util.List;

/** A wallboard as screens (kiosks included) learn it: the layout, not who made it. */
public record BoardView(long id, String name, List<String> queues, List<Widget> widgets,
        List<ThresholdRule> thresholds, Integer slidingMinutes) {

    public static BoardView of(WallboardView w) {
        return new BoardView(w.id(), w.name(), w.queues(), w.widgets(), w.thresholds(), w.slidingMinutes());
    }
}
