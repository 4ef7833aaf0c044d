package io.callcenter.reports.query;

import io.agroal.api.AgroalDataSource;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.BusinessHours;
import io.callcenter.centre.CentreConfig;
import io.callcenter.reports.Bucket;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.rollup.QueueCell;
import io.callcenter.reports.rollup.QuarterFilter;
import io.callcenter.reports.rollup.RollupCells;
import io.callcenter.reports.rollup.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final AgroalDataSource dataSource;
    private final CentreConfig centre;
    private final AcdDirectory directory;

    QueueRollups(AgroalDataSource dataSource, CentreConfig centre, AcdDirectory directory) {
        this.dataSource = dataSource;
        this.centre = centre;
        this.directory = directory;
    }

    /** The cells of a query; {@code positions}: with the abandon positions (else they are {@code NONE}). */
    Cells read(QueueReportQuery q, boolean positions) {
        Buckets buckets = new Buckets(q.bucket(), centre.businessDay(), q.period());
        QuarterFilter<Optional<BusinessHours>> filter = q.hours() == HoursFilter.ALL ? null : filter(q.hours());
        RollupCells<QueueCell> read;
        try {
            read = RollupReader.queues(dataSource, buckets, q.queues(), filter, positions);
        } catch (SQLException e) {
            throw new IllegalStateException("queue report: " + e.getMessage(), e);
        }
        Map<String, Map<Bucket, QueueCell>> rows = read.rows();
        Map<String, QueueCell> sums = read.totals();
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
