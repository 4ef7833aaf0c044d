package io.callcenter.reports.bench;

import io.agroal.api.AgroalDataSource;
import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.Thresholds;
import io.callcenter.reports.cdr.CallProjection;
import io.callcenter.reports.cdr.ProjectedCall;
import io.callcenter.reports.rollup.RollupBatch;
import io.callcenter.testsupport.EmbeddedPostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Fills the report tables with a generated period once and keeps it: a dataset whose signature (generator version
 * and parameters) matches the one recorded in {@code bench_dataset} is reused as is. Days are generated and projected
 * in parallel (production {@link CallProjection} and {@link RollupBatch}) and written in day order by one writer:
 * CDRs with COPY (their secondary indexes dropped meanwhile and rebuilt at the end), rollups with the projector's
 * batched upserts, one transaction per day.
 */
final class YearLoader {

    private static final String TABLES = "report_cdr, report_call_stay, report_queue_quarter, report_queue_hour,"
            + " report_queue_day, report_agent_quarter, report_agent_hour, report_agent_day, report_pause_quarter,"
            + " report_pause_hour, report_pause_day";

    /** One generated day, ready to write. */
    private record Day(CdrCopy cdr, RollupBatch batch) {
    }

    private final AgroalDataSource ds;
    private long waitNs;
    private long copyNs;
    private long rollupNs;
    /** Where the generation time went, after {@link #generate}. */
    String timings = "";
    private final BusinessDay businessDay;
    private final Function<String, Thresholds> thresholds;

    YearLoader(AgroalDataSource ds, BusinessDay businessDay, Function<String, Thresholds> thresholds) {
        this.ds = ds;
        this.businessDay = businessDay;
        this.thresholds = thresholds;
    }

    /** Calls in the dataset with this signature, or -1 when it is not there (or was left half-written). */
    long kept(String signature) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_dataset (signature text primary key, calls bigint not null,"
                    + " loaded_at timestamptz not null default now())");
            try (PreparedStatement ps = c.prepareStatement("select calls from bench_dataset where signature = ?")) {
                ps.setString(1, signature);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            }
        }
    }

    /** Drops whatever is there and generates the period; returns the calls written. */
    long generate(String signature, YearGenerator gen, LocalDate first, int days, int agents, int threads)
            throws Exception {
        List<String> indexes = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate bench_dataset, " + TABLES);
            try (ResultSet rs = s.executeQuery("select indexname, indexdef from pg_indexes where tablename ="
                    + " 'report_cdr' and indexname <> 'report_cdr_pkey'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(2));
                    s.addBatch("drop index " + rs.getString(1));
                }
            }
            s.executeBatch();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long calls = 0;
        try (Connection c = writer()) {
            c.setAutoCommit(false);
            ArrayDeque<Future<Day>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < days || !ahead.isEmpty()) {
                while (next < days && ahead.size() < threads * 2) {
                    LocalDate day = first.plusDays(next++);
                    ahead.add(pool.submit(() -> day(gen.forDay(day), day, agents)));
                }
                long t0 = System.nanoTime();
                Day d = get(ahead.poll());
                long t1 = System.nanoTime();
                d.cdr().flush(c);
                long t2 = System.nanoTime();
                d.batch().writeTo(c);
                c.commit();
                long t3 = System.nanoTime();
                waitNs += t1 - t0;
                copyNs += t2 - t1;
                rollupNs += t3 - t2;
                calls += d.cdr().count();
            }
            c.setAutoCommit(true);
            long t4 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String index : indexes) {
                    s.execute(index);
                }
                long t5 = System.nanoTime();
                s.execute("vacuum analyze");
                timings = String.format("waiting for generation %.0f s, CDR copy %.0f s, rollup upserts %.0f s,"
                        + " indexes %.0f s, vacuum analyze %.0f s", waitNs / 1e9, copyNs / 1e9, rollupNs / 1e9,
                        (t5 - t4) / 1e9, (System.nanoTime() - t5) / 1e9);
                s.execute("insert into bench_dataset (signature, calls) values ('" + signature.replace("'", "''")
                        + "', " + calls + ")");
            }
        } finally {
            pool.shutdownNow();
        }
        return calls;
    }

    /** A connection of its own whose batched upserts are sent as multi-row inserts (every key once per batch). */
    private static Connection writer() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        p.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(EmbeddedPostgresResource.database().jdbcUrl(), p);
    }

    private Day day(YearGenerator gen, LocalDate day, int agents) {
        CdrCopy cdr = new CdrCopy();
        RollupBatch batch = new RollupBatch(businessDay, thresholds);
        gen.calls(day, h -> {
            ProjectedCall p = CallProjection.project(h);
            batch.addCall(p, 0);
            cdr.add(p);
        });
        for (int a = 0; a < agents; a++) {
            String agent = String.format("agent%03d", a);
            gen.agentDay(a, day, i -> batch.addInterval(agent, i));
        }
        return new Day(cdr, batch);
    }

    private static Day get(Future<Day> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }
}
