package io.callcenter.reports.bench;

import io.agroal.api.AgroalDataSource;
import io.callcenter.centre.CentreConfig;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.ReportPeriod;
import io.callcenter.reports.rollup.RollupReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

/** Where a slow report's time goes ({@code -Dbench.diag=true}): the rollup read alone, and PostgreSQL's plan. */
@ApplicationScoped
public class BenchDiagnostics {

    @Inject
    AgroalDataSource ds;
    @Inject
    CentreConfig centre;

    void run(ReportPeriod year, StringBuilder out) throws Exception {
        try (Connection c = ds.getConnection()) {
            for (ReportBucket kind : new ReportBucket[] {ReportBucket.DAY, ReportBucket.HOUR}) {
                Buckets b = new Buckets(kind, centre.businessDay(), year);
                RollupReader.queues(c, b, Set.of(), null);
                long t = System.nanoTime();
                int n = RollupReader.queues(c, b, Set.of(), null).values().stream().mapToInt(m -> m.size()).sum();
                out.append(String.format("diag: RollupReader.queues %s, year: %d cells in %d ms%n", kind, n,
                        (System.nanoTime() - t) / 1_000_000));
                if (kind == ReportBucket.HOUR) {
                    continue;
                }
                b = new Buckets(kind, centre.businessDay(), year);
                RollupReader.agents(c, b, Set.of());
                t = System.nanoTime();
                n = RollupReader.agents(c, b, Set.of()).values().stream().mapToInt(m -> m.size()).sum();
                out.append(String.format("diag: RollupReader.agents %s, year: %d cells in %d ms%n", kind, n,
                        (System.nanoTime() - t) / 1_000_000));
            }
            // what a half of the year by hour costs: the rows as the report reads them, then without the values
            for (String cols : new String[] {"x.queue, date_part('epoch', x.hour)::bigint, x.packed",
                "x.queue, date_part('epoch', x.hour)::bigint", "length(x.packed)"}) {
                String sql = "select " + cols + " from report_queue_hour x where x.hour >= '2025-01-01' and x.hour"
                        + " < '2025-07-02'";
                for (int run = 0; run < 3; run++) {
                    c.setAutoCommit(false);
                    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                        ps.setFetchSize(5_000);
                        long t = System.nanoTime();
                        long rows = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            int n = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                rows++;
                                for (int i = 1; i <= n; i++) {
                                    rs.getBytes(i);
                                }
                            }
                        }
                        out.append(String.format("diag: half read %d rows in %d ms [%s]%n", rows,
                                (System.nanoTime() - t) / 1_000_000, cols));
                    }
                    c.rollback();
                    c.setAutoCommit(true);
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "explain (analyze, buffers, timing off) " + sql)) {
                    while (rs.next()) {
                        out.append("  ").append(rs.getString(1)).append('\n');
                    }
                }
            }
            String qcols = "offered, ans_n, ans_within, ans_sum_ms, ans_max_ms, ab_n, ab_within, ab_sum_ms, ab_max_ms,"
                    + " sab_n, sab_within, sab_sum_ms, sab_max_ms, to_n, to_within, to_sum_ms, to_max_ms, ov_n,"
                    + " ov_within, ov_sum_ms, ov_max_ms, transferred, after_hours, handled, talk_ms, hold_ms, wrap_ms,"
                    + " ans_b0, ans_b1, ans_b2, ans_b3, ans_b4, ans_b5, ab_b0, ab_b1, ab_b2, ab_b3, ab_b4, ab_b5,"
                    + " pos_n, pos_sum, pos_max, pos_b0, pos_b1, pos_b2, pos_b3, pos_b4, pos_b5";
            for (String sql : new String[] {
                "select queue, hour, " + qcols + " from report_queue_hour where hour >= '2025-01-01' and hour"
                        + " < '2026-01-01'",
                "select agent, day, ready_ms, reserved_ms, on_call_ms, wrap_up_ms, paused_ms, offers, answered,"
                        + " missed, handled, talk_ms, hold_ms, wrap_ms from report_agent_day where day >= '2025-01-01'"
                        + " and day < '2026-01-01'",
                "select agent, day, reason, ms from report_pause_day where day >= '2025-01-01' and day < '2026-01-01'"}) {
                for (int run = 0; run < 4; run++) {
                    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setFetchSize(run % 2 == 0 ? 0 : 5_000);
                        c.setAutoCommit(run % 2 == 0);
                        long t = System.nanoTime();
                        long rows = 0;
                        long sum = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            long t1 = System.nanoTime();
                            int n = rs.getMetaData().getColumnCount();
                            int from = sql.contains("reason") ? 4 : 3;
                            while (rs.next()) {
                                rows++;
                                for (int i = from; i <= n; i++) {
                                    sum += rs.getLong(i);
                                }
                            }
                            out.append(String.format("diag: raw read %d rows (fetch %d): execute %d ms, total %d ms"
                                    + " [%s...]%n", rows, ps.getFetchSize(), (t1 - t) / 1_000_000,
                                    (System.nanoTime() - t) / 1_000_000, sql.substring(0, 40)));
                        }
                        c.setAutoCommit(true);
                    }
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) "
                        + sql)) {
                    while (rs.next()) {
                        out.append("  ").append(rs.getString(1)).append('\n');
                    }
                }
            }
            String sums = "sum(offered), sum(ans_n), sum(ans_within), sum(ans_sum_ms), max(ans_max_ms), sum(ab_n),"
                    + " sum(ab_within), sum(ab_sum_ms), max(ab_max_ms), sum(sab_n), sum(handled), sum(talk_ms),"
                    + " sum(ans_b0), sum(ans_b1), sum(ans_b2), sum(ans_b3), sum(ans_b4), sum(ans_b5)";
            for (String sql : new String[] {
                "select queue, hour, " + sums + " from report_queue_hour where hour >= '2025-01-01' and hour"
                        + " < '2026-01-01' group by queue, hour",
                "select queue, " + sums + " from report_queue_hour where hour >= '2025-01-01' and hour"
                        + " < '2026-01-01' group by queue",
                "select agent, day, sum(ready_ms), sum(on_call_ms), sum(paused_ms), sum(handled) from"
                        + " report_agent_day where day >= '2025-01-01' and day < '2026-01-01' group by agent, day"}) {
                try (Statement s = c.createStatement()) {
                    s.execute("set jit = off");
                    try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
                        while (rs.next()) {
                            out.append("  ").append(rs.getString(1)).append('\n');
                        }
                    }
                    s.execute("reset jit");
                }
            }
        }
    }
}
