package io.callcenter.reports.bench;

import io.agroal.api.AgroalDataSource;
import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.QueueThresholds;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.ReportPeriod;
import io.callcenter.reports.cdr.CallCursor;
import io.callcenter.reports.cdr.CallPage;
import io.callcenter.reports.cdr.CallProjection;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.cdr.CallSearchQuery;
import io.callcenter.reports.cdr.ProjectedCall;
import io.callcenter.reports.query.AbandonReports;
import io.callcenter.reports.query.AgentReportQuery;
import io.callcenter.reports.query.AgentReports;
import io.callcenter.reports.query.QueueReportQuery;
import io.callcenter.reports.query.QueueReports;
import io.callcenter.reports.rollup.RollupBatch;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Report benchmark, not a test (tag {@code benchmark}): generates a year of a 300-seat centre with
 * {@link YearGenerator}, projects every call with the production {@link CallProjection} and {@link RollupBatch},
 * loads CDRs with COPY and rollups with the projector's writer, then prints each report's query time. Run:
 * {@code ./mvnw -B test -Dtest=ReportBenchmark -Dsurefire.excludedGroups=none -Dbench.calls=10000000 -Dbench.days=365}.
 */
@QuarkusTest
@Tag("benchmark")
class ReportBenchmark {

    private static final long CALLS = Long.getLong("bench.calls", 10_000_000);
    private static final int DAYS = Integer.getInteger("bench.days", 365);
    private static final int AGENTS = Integer.getInteger("bench.agents", 300);
    private static final int QUEUES = Integer.getInteger("bench.queues", 12);
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final String[] INDEXES = {
        "report_cdr_by_enqueue on report_cdr (enqueued_at, asterisk_id, call_id)",
        "report_cdr_by_number on report_cdr (caller_number, enqueued_at)",
        "report_cdr_by_did on report_cdr (did, enqueued_at)",
        "report_cdr_by_agent on report_cdr (agent, enqueued_at) where agent is not null",
        "report_cdr_by_queues on report_cdr using gin (queues)"};

    @Inject
    AgroalDataSource ds;
    @Inject
    CentreConfig centre;
    @Inject
    QueueThresholds thresholds;
    @Inject
    QueueReports queues;
    @Inject
    AgentReports agents;
    @Inject
    AbandonReports abandons;
    @Inject
    CallSearch search;

    private final StringBuilder out = new StringBuilder();

    @Test
    void reports() throws Exception {
        long t0 = System.nanoTime();
        long calls = load();
        double loadS = (System.nanoTime() - t0) / 1e9;
        out.append(String.format("%n==== Report benchmark (%d cores, load %s) ====%n", Runtime.getRuntime()
                .availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip()));
        out.append(String.format("generated and loaded %,d calls, %d days, %d agents, %d queues in %.0f s%n", calls,
                DAYS, AGENTS, QUEUES, loadS));
        out.append(tableSizes());
        ReportPeriod year = ReportPeriod.days(FIRST, FIRST.plusDays(DAYS - 1), centre.businessDay());
        ReportPeriod day = ReportPeriod.days(FIRST.plusDays(9), FIRST.plusDays(9), centre.businessDay());
        ReportPeriod week = ReportPeriod.days(FIRST.plusDays(7), FIRST.plusDays(13), centre.businessDay());
        time("queue interval, period, by day, all queues", () -> queues.intervalReport(q(year, ReportBucket.DAY)));
        time("queue interval, period, by month", () -> queues.intervalReport(q(year, ReportBucket.MONTH)));
        time("queue interval, period, by weekday", () -> queues.intervalReport(q(year, ReportBucket.WEEKDAY)));
        time("queue interval, period, by hour (quarter rollups)", () -> queues.intervalReport(q(year,
                ReportBucket.HOUR)));
        time("queue interval, period, by month, business hours only", () -> queues.intervalReport(
                new QueueReportQuery(year, ReportBucket.MONTH, Set.of(), HoursFilter.OPEN)));
        time("queue interval, one day, by 15 min", () -> queues.intervalReport(q(day, ReportBucket.QUARTER_HOUR)));
        time("abandon analysis, period, by day", () -> abandons.analysis(q(year, ReportBucket.DAY)));
        time("agent performance, period, by day, all agents", () -> agents.performance(
                new AgentReportQuery(year, ReportBucket.DAY, Set.of())));
        time("agent performance, period, by month, all agents", () -> agents.performance(
                new AgentReportQuery(year, ReportBucket.MONTH, Set.of())));
        time("agent performance, period, total, all agents", () -> agents.performance(
                new AgentReportQuery(year, ReportBucket.TOTAL, Set.of())));
        time("agent performance, one week, by 15 min, all agents", () -> agents.performance(
                new AgentReportQuery(week, ReportBucket.QUARTER_HOUR, Set.of())));
        CallSearchQuery all = new CallSearchQuery(year.start(), year.end(), Set.of(), Optional.empty(),
                Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), 50, Optional.empty(), 0);
        CallPage first = search.search(all);
        CallCursor cursor = first.next().orElseThrow();
        time("call search, period, first page of 50", () -> search.search(all));
        time("call search, next page (keyset)", () -> search.search(all.after(cursor)));
        time("call search, page 100 by offset", () -> search.search(new CallSearchQuery(year.start(), year.end(),
                Set.of(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), 50,
                Optional.empty(), 99 * 50)));
        time("call search, one queue", () -> search.search(new CallSearchQuery(year.start(), year.end(),
                Set.of("queue-07"), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(),
                50, Optional.empty(), 0)));
        time("call search, one agent, answered, over 5 min", () -> search.search(new CallSearchQuery(year.start(),
                year.end(), Set.of(), Optional.of("agent042"), Optional.empty(), Set.of(CallOutcome.ANSWERED),
                Optional.of(Duration.ofMinutes(5)), Optional.empty(), 50, Optional.empty(), 0)));
        String number = first.calls().get(0).callerNumber();
        time("call search, one caller number", () -> search.search(new CallSearchQuery(year.start(), year.end(),
                Set.of(), Optional.empty(), Optional.of(number), Set.of(), Optional.empty(), Optional.empty(), 50,
                Optional.empty(), 0)));
        time("call search, abandoned in one queue", () -> search.search(new CallSearchQuery(year.start(),
                year.end(), Set.of("queue-12"), Optional.empty(), Optional.empty(), Set.of(CallOutcome.ABANDONED),
                Optional.empty(), Optional.empty(), 50, Optional.empty(), 0)));
        System.out.println(out);
        Files.writeString(Path.of("target", "report-benchmark.txt"), out.toString());
    }

    private static QueueReportQuery q(ReportPeriod p, ReportBucket b) {
        return new QueueReportQuery(p, b, Set.of(), HoursFilter.ALL);
    }

    /** One warm-up run, then 5 timed runs: median and max. */
    private void time(String name, Supplier<?> query) {
        query.get();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        out.append(String.format("%-58s median %5d ms, max %5d ms%n", name, ms[2], ms[4]));
    }

    private long load() throws Exception {
        YearGenerator gen = new YearGenerator(42, QUEUES, AGENTS, CALLS, FIRST, DAYS);
        CdrCopy cdr = new CdrCopy();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate report_cdr, report_call_stay, report_queue_quarter, report_queue_day,"
                    + " report_agent_quarter, report_agent_day, report_pause_quarter, report_pause_day");
            for (String index : INDEXES) {
                s.execute("drop index if exists " + index.substring(0, index.indexOf(' ')));
            }
            c.setAutoCommit(false);
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                RollupBatch batch = new RollupBatch(centre.businessDay(), thresholds::of);
                gen.calls(day, h -> {
                    ProjectedCall p = CallProjection.project(h);
                    batch.addCall(p, 0);
                    cdr.add(p);
                });
                for (int a = 0; a < AGENTS; a++) {
                    String agent = String.format("agent%03d", a);
                    gen.agentDay(a, day, i -> batch.addInterval(agent, i));
                }
                cdr.flush(c);
                batch.writeTo(c);
                c.commit();
            }
            c.setAutoCommit(true);
            for (String index : INDEXES) {
                s.execute("create index " + index);
            }
            s.execute("analyze");
        }
        return cdr.count();
    }

    private String tableSizes() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(
                "select relname, reltuples::bigint, pg_size_pretty(pg_total_relation_size(oid)) from pg_class"
                        + " where relname in ('report_cdr', 'report_queue_quarter', 'report_queue_day',"
                        + " 'report_agent_quarter', 'report_agent_day', 'report_pause_quarter') order by relname")) {
            while (rs.next()) {
                lines.add(String.format("  %-22s %,12d rows %10s", rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
