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
                b = new Buckets(kind, centre.businessDay(), year);
                RollupReader.agents(c, b, Set.of());
                t = System.nanoTime();
                n = RollupReader.agents(c, b, Set.of()).values().stream().mapToInt(m -> m.size()).sum();
                out.append(String.format("diag: RollupReader.agents %s, year: %d cells in %d ms%n", kind, n,
                        (System.nanoTime() - t) / 1_000_000));
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
