package io.callcenter.reports.query;

import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.QueueFigures;
import io.callcenter.reports.QueueThresholds;
import io.callcenter.reports.rollup.QueueCell;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

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
        cells.rows().forEach((queue, buckets) -> buckets.forEach((bucket, cell) -> rows.add(
                new QueueRow(queue, bucket, figures(queue, cell)))));
        List<QueueRow> totals = new ArrayList<>();
        cells.totals().forEach((queue, cell) -> totals.add(new QueueRow(queue, cells.buckets().total(),
                figures(queue, cell))));
        return new QueueIntervalReport(query, centre.zone(), rows, totals);
    }

    private QueueFigures figures(String queue, QueueCell cell) {
        return QueueFigures.of(cell.counts(), thresholds.formula(queue), thresholds.of(queue));
    }
}
