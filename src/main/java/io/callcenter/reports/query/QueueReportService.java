package io.callcenter.reports.query;

import io.callcenter.acd.config.SlFormula;
import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.QueueFigures;
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
        QueueRollups.Cells cells = rollups.read(query);
        List<QueueRow> rows = new ArrayList<>();
        Map<String, Rules> rules = new HashMap<>();
        cells.rows().forEach((queue, buckets) -> {
            Rules r = rules.computeIfAbsent(queue, this::rules);
            buckets.forEach((bucket, cell) -> rows.add(new QueueRow(queue, bucket, r.figures(cell))));
        });
        List<QueueRow> totals = new ArrayList<>();
        cells.totals().forEach((queue, cell) -> totals.add(new QueueRow(queue, cells.buckets().total(),
                rules.computeIfAbsent(queue, this::rules).figures(cell))));
        return new QueueIntervalReport(query, centre.zone(), rows, totals);
    }

    /** A queue's SL variant and thresholds, looked up once per report. */
    private record Rules(SlFormula formula, Thresholds thresholds) {
        QueueFigures figures(QueueCell cell) {
            return QueueFigures.of(cell.counts(), formula, thresholds);
        }
    }

    private Rules rules(String queue) {
        return new Rules(thresholds.formula(queue), thresholds.of(queue));
    }
}
