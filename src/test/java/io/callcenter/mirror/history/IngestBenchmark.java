package io.callcenter.mirror.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.testsupport.MachineCpu;
import io.callcenter.testsupport.OsThreadCpu;
import io.callcenter.testsupport.PostgresActivity;
import io.callcenter.testsupport.ProcessCpu;
import io.callcenter.testsupport.ThreadCpu;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ingest benchmark, not a test (tag {@code benchmark}, excluded from the normal build): synthetic calls of the
 * recorded shapes go from a fake Asterisk in its own JVM ({@link FakeAsteriskMain}) over a real websocket into the
 * app's real connection, mirror and history writer, into the real embedded PostgreSQL; then the same rows are
 * written straight with the writer's own event-log path (binary {@code COPY}, its batch size and its connections),
 * and over one connection. Prints events/s, lag and the ratios. Run:
 * {@code ./mvnw test -Dtest=IngestBenchmark -Dgroups=benchmark -DexcludedGroups= -Dbench.events=300000}.
 */
@QuarkusTest
@Tag("benchmark")
class IngestBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 300_000);
    /**
     * Warm-up before the measured run (other Asterisk ids, not measured): rounds of this many events, repeated while
     * the app's JIT compilers still used 5 % of a core or more in the last round (a server that ingests for days runs
     * compiled code; with the whole app in this JVM, C2 stays at ~50 % of a core for ~600,000 events: every
     * per-call and per-batch path reaches C2 only after thousands of calls, one C2 thread on 2 cores).
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 50_000);
    /** The JIT counts as quiet below this share of one core (at 10 %, C2 still used 10 % in a measured run). */
    private static final double QUIET_JIT_PERCENT = 5;
    /** Most warm-up events in all. */
    private static final int WARM_UP_MAX = Integer.getInteger("bench.warmup.max", 1_500_000);
    /** Frames pushed but not yet persisted: keeps the fake from flooding the socket while measuring throughput. */
    private static final int WINDOW = Integer.getInteger("bench.window", 10_000);
    /** Frames per push command to the fake Asterisk process (whole calls, at least this many). */
    private static final int CHUNK = 500;
    /**
     * How often the driver looks at the persisted count: 1 ms is nothing against the 10,000-frame window (~0.5 s of
     * work), and polling every 0.2 ms cost 7 % of a core in wake-ups alone.
     */
    private static final long POLL_NANOS = 1_000_000;

    @Inject
    AriConnections connections;
    @Inject
    HistoryRecorder history;
    @Inject
    HistoryConfig config;
    @Inject
    DataSource ds;

    /** The fake Asterisk, in its own JVM for the whole benchmark (so its code is warmed up with the app's). */
    private FakeAsteriskProcess fake;
    /** Only for the number of frames of each call (the same for every asterisk id). */
    private final SyntheticCalls frameCounts = new SyntheticCalls("count");

    @Test
    void ingest() throws Exception {
        try (FakeAsteriskProcess process = FakeAsteriskProcess.start()) {
            fake = process;
            run();
        }
    }

    private void run() throws Exception {
        String ast = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String warmUp = warmUp();
        Result e2e = endToEnd(ast);
        int lanes = config.logConnections();
        double raw1 = rawInsert("bench-raw1-" + ast.substring(6), 1);
        double raw = lanes == 1 ? raw1 : rawInsert("bench-raw" + lanes + "-" + ast.substring(6), lanes);
        String report = String.format("""

                ==== Ingest benchmark (%d cores, %s) ====
                warm-up (not measured)              : %s
                events pushed through the websocket : %,d (%,d synthetic calls, batch size %d)
                end-to-end persisted                : %,.0f events/s (%.1f s first push -> last row committed)
                lag received->persisted (sampled)   : p50 %d ms, p99 %d ms, max %d ms; drain after last push %d ms
                raw, same rows, writer's own COPY   : %,.0f events/s (one binary COPY per %d rows per connection, %d
                                                      connections: the writer's log-connections)
                raw over one connection             : %,.0f events/s (ratio end-to-end / it: %.2f)
                ratio end-to-end / raw              : %.2f
                writer                              : %d batches, %.0f items per batch, busy %.0f%% of the run
                                                      (event log part %.0f%%, lifecycle part %.0f%%)
                JVM CPU by thread during the run    : %s
                PostgreSQL CPU during the run       : %.0f%% (all its processes; 100%% = one core); runnable but
                                                      waiting for a CPU: %.0f%%
                PostgreSQL background work in the run: %s
                app JVM CPU during the run          : %.0f%% (with GC and JIT threads)
                JVM CPU by OS thread during the run : %s
                fake Asterisk process CPU           : %.0f%% (its own JVM: frame generation and websocket sending)
                whole machine (/proc/stat)          : %s
                """, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), warmUp, e2e.events,
                e2e.calls, config.batchSize(), e2e.rate, e2e.seconds, e2e.lagP50, e2e.lagP99, e2e.lagMax,
                e2e.drainMs, raw, config.batchSize(), lanes, raw1, e2e.rate / raw1, e2e.rate / raw, e2e.batches,
                e2e.events / (double) e2e.batches,
                e2e.busyNanos / 1e7 / e2e.seconds, e2e.logNanos / 1e7 / e2e.seconds,
                e2e.lifecycleNanos / 1e7 / e2e.seconds, e2e.cpu, e2e.pgNanos / 1e7 / e2e.seconds,
                e2e.pgWaitNanos / 1e7 / e2e.seconds, e2e.pgActivity,
                e2e.jvmNanos / 1e7 / e2e.seconds, e2e.osCpu, e2e.fakeNanos / 1e7 / e2e.seconds, e2e.machine);
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "ingest-benchmark.txt"), report);
        assertEquals(0, history.writer().stats.dropped.get(), "nothing dropped");
    }

    private record Result(long events, int calls, double rate, double seconds, long lagP50, long lagP99,
            long lagMax, long drainMs, long batches, long busyNanos, long logNanos, long lifecycleNanos, String cpu,
            long pgNanos, long pgWaitNanos, String pgActivity, long jvmNanos, String osCpu, long fakeNanos,
            String machine) {
    }

    /** JIT and connection pool warm-up on separate asterisk ids, not measured; returns what it took. */
    private String warmUp() throws Exception {
        long events = 0;
        double compilers;
        do {
            OsThreadCpu jit = new OsThreadCpu();
            Result round = endToEndRun("bench-warm-" + UUID.randomUUID().toString().substring(0, 8), WARM_UP);
            events += round.events;
            compilers = (jit.used("C2 Compiler") + jit.used("C1 Compiler")) / 1e7 / round.seconds;
            System.out.printf("warm-up round: %,d events, %,.0f events/s, JIT compilers %.0f%% of a core%n",
                    round.events, round.rate, compilers);
        } while (compilers >= QUIET_JIT_PERCENT && events < WARM_UP_MAX);
        return String.format("%,d events, until the JIT compilers used %.0f%% of a core in a round", events,
                compilers);
    }

    private Result endToEnd(String ast) throws Exception {
        return endToEndRun(ast, EVENTS);
    }

    private Result endToEndRun(String ast, int events) throws Exception {
        WriterStats stats = history.writer().stats;
        String server = "srv-" + ast;
        connections.open(new AriServer(server, fake.open(ast, "bench", "bench-pw"), "bench", "bench-pw", "callcenter",
                true));
        try {
            Awaitility.await().until(() -> connections.status().stream()
                    .anyMatch(s -> s.server().equals(server) && s.state() == ConnectionState.CONNECTED));
            Awaitility.await().until(() -> stats.pending.get() == 0);
            LagSampler lag = new LagSampler(stats);
            long base = stats.persisted.get();
            long batches0 = stats.batches.get();
            long busy0 = stats.batchNanos.sum();
            long log0 = stats.logNanos.sum();
            long lifecycle0 = stats.lifecycleNanos.sum();
            ProcessCpu pg = postgresCpu();
            PostgresActivity pgActivity = new PostgresActivity(ds);
            ProcessCpu fakeCpu = new ProcessCpu(fake.pid());
            MachineCpu machine = new MachineCpu();
            long jvm0 = jvmCpu();
            Recording jfr = startRecording(events);
            long pushed = 0;
            int n = 0;
            long t0 = System.nanoTime();
            ThreadCpu cpu = new ThreadCpu();
            OsThreadCpu osCpu = new OsThreadCpu();
            lag.start();
            while (pushed < events) {
                int from = n;
                long frames = 0;
                while (frames < CHUNK && pushed + frames < events) {
                    frames += frameCounts.size(n++);
                }
                while (pushed + frames - (stats.persisted.get() - base) > WINDOW) {
                    LockSupport.parkNanos(POLL_NANOS);
                }
                fake.push(from, n);
                pushed += frames;
            }
            long lastPush = System.nanoTime();
            while (stats.persisted.get() - base < pushed) {
                LockSupport.parkNanos(POLL_NANOS);
            }
            long done = System.nanoTime();
            lag.stop();
            stopRecording(jfr);
            double seconds = (done - t0) / 1e9;
            long[] l = lag.percentiles();
            return new Result(pushed, n, pushed / seconds, seconds, l[0], l[1], l[2],
                    (done - lastPush) / 1_000_000, stats.batches.get() - batches0, stats.batchNanos.sum() - busy0,
                    stats.logNanos.sum() - log0, stats.lifecycleNanos.sum() - lifecycle0, cpu.report(done - t0),
                    pg.used(), pg.waited(), pgActivity.report(), jvmCpu() - jvm0, osCpu.report(done - t0),
                    fakeCpu.used(), machine.report());
        } finally {
            connections.close(server);
            fake.closeServer();
        }
    }

    private static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** With {@code -Dbench.jfr=file.jfr}: a flight recording (profile settings) of the measured run only. */
    private static Recording startRecording(int events) throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file == null || events != EVENTS) {
            return null;
        }
        Recording r = new Recording(Configuration.getConfiguration("profile"));
        r.setDestination(Path.of(file));
        r.start();
        return r;
    }

    private static void stopRecording(Recording r) {
        if (r != null) {
            r.stop();
            r.close();
        }
    }

    private ProcessCpu postgresCpu() throws SQLException {
        try (Connection conn = ds.getConnection(); var st = conn.createStatement();
                var rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return ProcessCpu.ofPostgresBackend(rs.getLong(1));
        }
    }

    /**
     * The same rows, built untimed, written with the writer's own event-log path ({@link EventLogLanes}: ids drawn
     * in arrival order, then one binary {@code COPY} per lane), batches of its size, over {@code lanes}
     * connections, timed.
     */
    private double rawInsert(String ast, int lanes) throws SQLException {
        SyntheticCalls calls = new SyntheticCalls(ast);
        long nanos = 0;
        long rows = 0;
        int n = 0;
        long seq = 0;
        List<EventRow> batch = new ArrayList<>(config.batchSize());
        try (EventLogLanes log = new EventLogLanes(ds, lanes, "raw"); Connection conn = ds.getConnection()) {
            new Partitions().ensure(conn, java.time.LocalDate.parse("2026-11-26"));
            new Partitions().ensure(conn, java.time.LocalDate.parse("2026-11-27"));
            while (rows < EVENTS) {
                for (String frame : calls.call(n++)) {
                    batch.add(EventRow.of(new ReceivedEvent("raw", ast, ++seq, Instant.now(), frame,
                            AriEventParser.parse(frame)), ast, false));
                    if (batch.size() == config.batchSize()) {
                        nanos += insert(log, conn, batch);
                        rows += batch.size();
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                nanos += insert(log, conn, batch);
                rows += batch.size();
            }
        }
        return rows / (nanos / 1e9);
    }

    private static long insert(EventLogLanes log, Connection conn, List<EventRow> batch) throws SQLException {
        long t = System.nanoTime();
        log.start(batch, EventLogLanes.ids(conn, batch.size())).await();
        return System.nanoTime() - t;
    }

    /** Samples the writer's lag (now minus the receive time of the newest event written) every 5 ms. */
    private static final class LagSampler {
        private final WriterStats stats;
        private final long[] samples = new long[1 << 20];
        private int count;
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "bench-lag");

        LagSampler(WriterStats stats) {
            this.stats = stats;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void run() {
            while (running && count < samples.length) {
                Instant last = stats.lastReceivedAt;
                if (last != null && stats.pending.get() > 0) {
                    samples[count++] = System.currentTimeMillis() - last.toEpochMilli();
                }
                LockSupport.parkNanos(5_000_000);
            }
        }

        long[] percentiles() {
            long[] s = Arrays.copyOf(samples, count);
            Arrays.sort(s);
            if (s.length == 0) {
                return new long[] {0, 0, 0};
            }
            return new long[] {s[s.length / 2], s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)],
                    s[s.length - 1]};
        }
    }
}
