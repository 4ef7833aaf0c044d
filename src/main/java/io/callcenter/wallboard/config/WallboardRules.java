package io.callcenter.wallboard.config;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Checks a wallboard request; every problem found is named in one 400 (see {@link Violations}). */
final class WallboardRules {

    static final int MAX_NAME = 100;
    static final int MAX_QUEUES = 50;
    static final int MAX_WIDGETS = 40;
    static final int MAX_THRESHOLDS = 200;
    static final int MAX_SLIDING = (int) io.callcenter.wallboard.figures.Period.MAX_SLIDING.toMinutes();
    private static final Set<String> KINDS = Set.of(Widget.TILE, Widget.SPARKLINE, Widget.AGENTS, Widget.WAITING);
    private static final String METRIC_IDS = Arrays.stream(Metric.values()).map(Metric::id)
            .collect(Collectors.joining(", "));

    private WallboardRules() {
    }

    /** The trimmed name; throws the 400 problem if the name or the layout is wrong. */
    static String check(WallboardRequest body, Predicate<String> queueExists) {
        Violations v = new Violations();
        String name = body.name() == null ? "" : body.name().trim();
        v.require(!name.isEmpty() && name.length() <= MAX_NAME, "name", "1 to " + MAX_NAME + " characters");
        Layout layout = body.layout();
        queues(layout.queues(), queueExists, v);
        widgets(layout.widgets(), v);
        thresholds(layout, v);
        v.require(layout.slidingMinutes() == null || layout.slidingMinutes() >= 1 && layout.slidingMinutes() <= MAX_SLIDING,
                "slidingMinutes", "absent (business day) or 1 to " + MAX_SLIDING + " minutes");
        v.throwIfAny();
        return name;
    }

    private static void queues(List<String> queues, Predicate<String> queueExists, Violations v) {
        v.require(!queues.isEmpty() && queues.size() <= MAX_QUEUES, "queues", "choose 1 to " + MAX_QUEUES + " queues");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < queues.size(); i++) {
            String q = queues.get(i);
            String field = "queues[" + i + "]";
            if (v.require(q != null, field, "missing")) {
                v.require(seen.add(q), field, "'" + q + "' is listed twice");
                v.require(queueExists.test(q), field, "no queue '" + q + "'");
            }
        }
    }

    private static void widgets(List<Widget> widgets, Violations v) {
        v.require(!widgets.isEmpty() && widgets.size() <= MAX_WIDGETS, "widgets", "1 to " + MAX_WIDGETS + " widgets");
        for (int i = 0; i < widgets.size(); i++) {
            Widget w = widgets.get(i);
            String field = "widgets[" + i + "]";
            if (!v.require(w != null, field, "missing")
                    || !v.require(KINDS.contains(w.kind()), field + ".kind", "one of " + String.join(", ", KINDS.stream().sorted().toList()))) {
                continue;
            }
            if (Widget.needsMetric(w.kind())) {
                if (v.require(w.metric() != null, field + ".metric", "missing or unknown; known metrics: " + METRIC_IDS)
                        && Widget.SPARKLINE.equals(w.kind())) {
                    v.require(Widget.TRENDED.contains(w.metric()), field + ".metric", "a sparkline draws one of "
                            + Widget.TRENDED.stream().map(Metric::id).collect(Collectors.joining(", ")));
                }
            } else {
                v.require(w.metric() == null, field + ".metric", "a " + w.kind() + " widget shows no single metric");
            }
        }
    }

    private static void thresholds(Layout layout, Violations v) {
        List<ThresholdRule> rules = layout.thresholds();
        v.require(rules.size() <= MAX_THRESHOLDS, "thresholds", "at most " + MAX_THRESHOLDS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ThresholdRule r = rules.get(i);
            String field = "thresholds[" + i + "]";
            if (!v.require(r != null, field, "missing")
                    || !v.require(r.metric() != null, field + ".metric", "missing or unknown; known: " + METRIC_IDS)) {
                continue;
            }
            v.require(r.metric().direction() != Metric.Direction.NEUTRAL, field + ".metric",
                    r.metric().id() + " is neither good nor bad when high: it takes no thresholds");
            v.require(r.queue() == null || layout.queues().contains(r.queue()), field + ".queue",
                    "'" + r.queue() + "' is not one of this wallboard's queues");
            v.require(seen.add(r.metric().id() + "/" + r.queue()), field,
                    "a second rule for " + r.metric().id() + (r.queue() == null ? "" : " in " + r.queue()));
            bounds(r, field, v);
        }
    }

    private static void bounds(ThresholdRule r, String field, Violations v) {
        v.require(r.yellow() != null || r.red() != null, field, "give yellow, red or both");
        boolean yellowOk = value(r.yellow(), r.metric(), field + ".yellow", v);
        boolean redOk = value(r.red(), r.metric(), field + ".red", v);
        if (yellowOk && redOk && r.yellow() != null && r.red() != null) {
            if (r.metric().direction() == Metric.Direction.HIGH_IS_BAD) {
                v.require(r.yellow() <= r.red(), field, r.metric().id() + " is bad when high: yellow must be <= red");
            } else if (r.metric().direction() == Metric.Direction.LOW_IS_BAD) {
                v.require(r.yellow() >= r.red(), field, r.metric().id() + " is bad when low: yellow must be >= red");
            }
        }
    }

    private static boolean value(Double value, Metric metric, String field, Violations v) {
        if (value == null) {
            return true;
        }
        boolean ok = v.require(Double.isFinite(value) && value >= 0, field, "a number 0 or more");
        if (ok && metric.unit() == Metric.Unit.PERCENT) {
            ok = v.require(value <= 100, field, "a percentage, 0 to 100");
        }
        return ok;
    }
}
