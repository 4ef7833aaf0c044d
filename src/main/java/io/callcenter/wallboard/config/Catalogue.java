package io.callcenter.wallboard.config;

import java.util.List;

/**
 * What a layout editor offers: the metrics (with unit and bad direction), the widget kinds and the queues this user
 * may put on a wallboard.
 */
public record Catalogue(List<MetricInfo> metrics, List<String> widgetKinds, List<String> queues) {

    /** One metric as the editor lists it. */
    public record MetricInfo(String id, String label, Metric.Unit unit, Metric.Direction direction) {

        static MetricInfo of(Metric m) {
            return new MetricInfo(m.id(), m.label(), m.unit(), m.direction());
        }
    }

    /** Every metric, as screens need them to format and judge values (kiosks included). */
    public static List<MetricInfo> metricInfos() {
        return java.util.Arrays.stream(Metric.values()).map(MetricInfo::of).toList();
    }

    static Catalogue of(List<String> queues) {
        return new Catalogue(metricInfos(),
                List.of(Widget.TILE, Widget.SPARKLINE, Widget.AGENTS, Widget.WAITING), queues);
    }
}
