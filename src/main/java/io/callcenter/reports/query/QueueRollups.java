package io.callcenter.reports.query;

import io.agroal.api.AgroalDataSource;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.BusinessHours;
import io.callcenter.centre.CentreConfig;
import io.callcenter.reports.Bucket;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.rollup.QueueCell;
import io.callcenter.reports.rollup.QuarterFilter;
import io.callcenter.reports.rollup.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The queue rollups of a report query, per queue and bucket, with the whole-period total per queue. */
@ApplicationScoped
class QueueRollups {

    /** Cells per queue: per bucket, and the total. */
    record Cells(Buckets buckets, Map<String, Map<Bucket, QueueCell>> rows, Map<String, QueueCell> totals) {
    }

    /** Above this many rows the totals are summed in SQL rather than from the rows. */
    static final int MANY = 20_000;

    private final AgroalDataSource dataSource;
    private final CentreConfig centre;
    private final AcdDirectory directory;

    QueueRollups(AgroalDataSource dataSource, CentreConfig centre, AcdDirectory directory) {
        this.dataSource = dataSource;
        this.centre = centre;
        this.directory = directory;
    }

    Cells read(QueueReportQuery q) {
        Buckets buckets = new Buckets(q.bucket(), centre.businessDay(), q.period());
        QuarterFilter<Optional<BusinessHours>> filter = q.hours() == HoursFilter.ALL ? null : filter(q.hours());
        Map<String, Map<Bucket, QueueCell>> rows;
        Map<String, QueueCell> sums = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            rows = RollupReader.queues(c, buckets, q.queues(), filter);
            if (rows.values().stream().mapToInt(Map::size).sum() > MANY) {
                // many rows: the whole period summed in SQL (from the coarsest rollups that serve it), same sums
                Buckets total = new Buckets(ReportBucket.TOTAL, centre.businessDay(), q.period());
                RollupReader.queues(c, total, q.queues(), filter).forEach((queue, cells) -> sums.put(queue,
                        cells.values().iterator().next()));
            } else {
                rows.forEach((queue, cells) -> sums.put(queue, cells.values().stream().reduce(QueueCell.ZERO,
                        QueueCell::plus)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("queue report: " + e.getMessage(), e);
        }
        Set<String> names = new TreeSet<>(q.queues());
        if (names.isEmpty()) {
            directory.queues().forEach(c -> names.add(c.name()));
            names.addAll(rows.keySet());
        }
        Map<String, QueueCell> totals = new LinkedHashMap<>();
        for (String name : names) {
            totals.put(name, sums.getOrDefault(name, QueueCell.ZERO));
        }
        return new Cells(buckets, new TreeMap<>(rows), totals);
    }

    /** Queues grouped by business hours; a queue without any (or no longer configured) is always open. */
    private QuarterFilter<Optional<BusinessHours>> filter(HoursFilter hours) {
        Map<String, Optional<BusinessHours>> groups = new HashMap<>();
        directory.queues().forEach(c -> groups.put(c.name(), c.hours()));
        boolean open = hours == HoursFilter.OPEN;
        return new QuarterFilter<>(groups, Optional.empty(), (h, quarter) -> h.map(x -> x.isOpen(quarter))
                .orElse(true) == open);
    }
}
