package io.callcenter.reports.query;

import io.callcenter.acd.config.SlFormula;
import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.metrics.ServiceLevel;
import io.callcenter.metrics.Thresholds;
import io.callcenter.reports.QueueThresholds;
import io.callcenter.reports.rollup.QueueCell;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queue interval reports: summed queue rollups turned into {@link QueueFigures} with each queue's SL variant. */
@ApplicationScoped
public class QueueReportService implements QueueReports {

    private final QueueRollups rollups;
    private final QueueThresholds thresholds;
    private final CentreConfig centre;

    QueueReportService(QueueRollups rollups, QueueThresholds thresholds, CentreConfig centre) {
        this.rollups = rollups;
        this.thresholds = thresholds;
        this.centre = centre;
    }

    @Override
    public QueueIntervalReport intervalReport(QueueReportQuery query) {
        // the interval report shows no abandon positions: not read (a fifth of each row's bytes)
        QueueRollups.Cells cells = rollups.read(query, false);
        Map<String, Rules> rules = new HashMap<>();
        cells.totals().keySet().forEach(queue -> rules.put(queue, rules(queue)));
        cells.rows().keySet().forEach(queue -> rules.computeIfAbsent(queue, this::rules));
        // queues in parallel (both cores): a year by hour is ~100k rows of figures
        List<QueueRow> rows = cells.rows().entrySet().parallelStream().flatMap(e -> {
            Rules r = rules.get(e.getKey());
            return e.getValue().entrySet().stream().map(b -> new QueueRow(e.getKey(), b.getKey(),
                    r.figures(b.getValue())));
        }).toList();
        List<QueueRow> totals = new ArrayList<>();
        cells.totals().forEach((queue, cell) -> totals.add(new QueueRow(queue, cells.buckets().total(),
                rules.get(queue).figures(cell))));
        return new QueueIntervalReport(query, centre.zone(), rows, totals);
    }

    /** A queue's SL variant, thresholds and SL caption, worked out once per report. */
    private record Rules(SlFormula formula, Thresholds thresholds, String caption) {
        QueueFigures figures(QueueCell cell) {
            return QueueFigures.of(cell.counts(), formula, thresholds, caption);
        }
    }

    private Rules rules(String queue) {
        SlFormula formula = thresholds.formula(queue);
        Thresholds t = thresholds.of(queue);
        return new Rules(formula, t, ServiceLevel.describe(formula, t.serviceLevel(), t.shortAbandon()));
    }
}
