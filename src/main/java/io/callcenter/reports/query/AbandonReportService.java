package io.callcenter.reports.query;

import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.CallCounts;
import io.callcenter.reports.Bucket;
import io.callcenter.reports.rollup.QueueCell;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Abandon analysis: the abandon part of the queue rollups (waits, short abandons, positions) per bucket. */
@ApplicationScoped
public class AbandonReportService implements AbandonReports {

    private final QueueRollups rollups;
    private final CentreConfig centre;

    AbandonReportService(QueueRollups rollups, CentreConfig centre) {
        this.rollups = rollups;
        this.centre = centre;
    }

    @Override
    public AbandonReport analysis(QueueReportQuery query) {
        QueueRollups.Cells cells = rollups.read(query, true);
        List<AbandonRow> rows = new ArrayList<>();
        cells.rows().forEach((queue, buckets) -> buckets.forEach((bucket, cell) -> rows.add(row(queue, bucket,
                cell))));
        List<AbandonRow> totals = new ArrayList<>();
        cells.totals().forEach((queue, cell) -> totals.add(row(queue, cells.buckets().total(), cell)));
        return new AbandonReport(query, centre.zone(), rows, totals);
    }

    private static AbandonRow row(String queue, Bucket bucket, QueueCell cell) {
        CallCounts c = cell.counts();
        return new AbandonRow(queue, bucket, c.offered(), c.abandoned(), c.shortAbandoned(), c.abandonedWaits(),
                cell.positions());
    }
}
