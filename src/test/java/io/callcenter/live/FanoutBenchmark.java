package io.callcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.mirror.history.SyntheticCalls;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.callcenter.testsupport.ThreadCpu;
import io.callcenter.testsupport.ari.FakeAriServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLongArray;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Live push fan-out benchmark, not a test (tag {@code benchmark}, excluded from the normal build): 1,000 websocket
 * clients speaking the browser protocol of {@code /api/live} (lean NIO clients in their own JVM process,
 * {@link FanoutLoadMain}, on a few selector threads), authenticated by session cookies of a few supervisors logged in
 * through the real login form; 500 events/s of the
 * recorded call shapes ({@code SyntheticCalls}, several calls interleaved) pushed by a fake Asterisk over a real
 * ARI websocket. Measures, per delta and client, event→client latency: from the moment the fake pushes the frame
 * to the moment the client reads the delta (see {@link FanoutProbe}; both processes read the same
 * {@code System.nanoTime} clock, checked at the start). Prints and writes
 * {@code target/fanout-benchmark.txt}. Run: {@code ./mvnw -B test -Dtest=FanoutBenchmark
 * -Dsurefire.excludedGroups=none} (options {@code -Dbench.clients -Dbench.rate -Dbench.seconds -Dbench.warmup
 * -Dbench.warmup-max}).
 */
@QuarkusTest
@TestProfile(FanoutBenchmark.ProductionLive.class)
@Tag("benchmark")
class FanoutBenchmark {

    /**
     * What production runs: the live settings of application.properties' production defaults, not the test
     * profile's short ones; and the HTTP server on as many event loops as production puts it on. Quarkus
     * ({@code VertxHttpRecorder}) runs it on {@code min(io-threads, N)} loops when {@code quarkus.http.io-threads} is
     * set, else on N in production and on {@code min(2, N)} in dev and test mode, where N = {@code
     * quarkus.vertx.event-loops-pool-size} or, unset, {@code max(2, min(cores, max heap MB / 10))}. Any io-threads
     * >= N gives production's N on every machine (on this 2-core one, N = 2 = the test-mode number).
     */
    public static class ProductionLive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("callcenter.live.heartbeat-interval", "15s", "callcenter.live.client-idle-timeout", "45s",
                    "callcenter.live.max-pending", "5000", "callcenter.live.slow-close-grace", "10s",
                    "quarkus.http.io-threads", String.valueOf(Integer.MAX_VALUE));
        }
    }

    static final int CLIENTS = Integer.getInteger("bench.clients", 1000);
    static final int RATE = Integer.getInteger("bench.rate", 500);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    /**
     * The warm-up, at the full rate, not measured: at least {@code bench.warmup} s (60), then rounds of 10 s until the
     * JIT compilers used less than 5 % of a core in a round, at most {@code bench.warmup-max} s (180). With a fixed
     * 60 s the compilers still took 8-12 s of CPU in a 30 s window on 2 cores, differently in each run; a push server
     * runs for days on compiled code, and that steady state is what is measured.
     */
    static final FanoutPacer.WarmUp WARMUP = new FanoutPacer.WarmUp(Integer.getInteger("bench.warmup", 60),
            Integer.getInteger("bench.warmup-max", 180), 10, 5);
    static final int SUPERVISORS = Integer.getInteger("bench.supervisors", 10);
    static final int CLIENT_LOOPS = Integer.getInteger("bench.client-loops", 2);
    /** Calls in progress at once: their frames interleave, as on a real server. */
    static final int CONCURRENT_CALLS = 20;

    @TestHTTPResource("/api/live")
    URI uri;
    @Inject
    AriConnections connections;
    @Inject
    LiveMirror mirror;
    @Inject
    FanoutProbe probe;
    @Inject
    TestUsers users;
    @Inject
    LiveHub hub;

    @Test
    void fanOut() throws Exception {
        String ast = "bench-fanout-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < SUPERVISORS; i++) {
            cookies.add(TestLogin.as(users.supervisor(), TestUsers.PASSWORD).cookie());
        }
        try (FakeAriServer fake = FakeAriServer.start("bench", "bench-pw");
                FanoutLoad load = FanoutLoad.start(uri, CLIENT_LOOPS, 20_000, Integer.MAX_VALUE, probe)) {
            load.checkClock();
            fake.answer("GET", "/ari/asterisk/info", 200,
                    "{\"system\":{\"version\":\"22.10.1\",\"entity_id\":\"" + ast + "\"}}");
            String server = "srv-" + ast;
            connections.open(new AriServer(server, fake.baseUrl(), "bench", "bench-pw", "callcenter", true));
            try {
                Awaitility.await().until(() -> connections.status().stream()
                        .anyMatch(s -> s.server().equals(server) && s.state() == ConnectionState.CONNECTED));
                Awaitility.await().until(() -> mirror.snapshot().stream().anyMatch(v -> v.asteriskId().equals(ast)));
                FanoutPacer pacer = new FanoutPacer(new SyntheticCalls(ast), CONCURRENT_CALLS, RATE);
                AtomicLongArray sentAt = new AtomicLongArray(pacer.capacity(WARMUP, SECONDS));
                List<String> perClient = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    perClient.add(TestLogin.SESSION_COOKIE + "=" + cookies.get(i % cookies.size()));
                }
                load.connect(perClient);
                FanoutSplit split = new FanoutSplit(sentAt);
                hub.observe(split);
                probe.arm(ast, sentAt, split);
                String report;
                try {
                    report = run(fake, pacer, sentAt, load, split);
                } finally {
                    hub.observe(null);
                    split.stop();
                }
                System.out.println(report);
                Files.writeString(Path.of("target", "fanout-benchmark.txt"), report);
                for (FanoutClientSummary s : load.results().clients()) {
                    assertEquals(probe.removals(), s.removals(), "every client got every removal");
                }
            } finally {
                probe.disarm();
                connections.close(server);
            }
        }
    }

    private String run(FakeAriServer fake, FanoutPacer pacer, AtomicLongArray sentAt, FanoutLoad load,
            FanoutSplit split) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long fakeThread = fake.eventLoopThread().getId();
        long pacerThread = Thread.currentThread().getId();
        // the load process collects its warm-up's garbage mid-round: its young generation then lasts the window,
        // and the window starts >= 5 s after that pause (which stops all its clients at once)
        FanoutPacer.Window w = pacer.run(fake, sentAt, WARMUP, SECONDS, os, load::cpuNanos, load::collectGarbage,
                frame -> {
                    split.measureFrom(frame);
                    load.measureFrom(frame);
                });
        ThreadCpu cpu = w.cpu();
        long harnessCpu = cpu.used(t -> t.getThreadId() == fakeThread || t.getThreadId() == pacerThread
                || t.getThreadName().startsWith("fanout-load-"));
        long serverCpu = w.processCpuNanos() - harnessCpu;
        String threads = cpu.report(w.nanos()) + "\n  each event loop: " + cpu.each("vert.x-eventloop-thread-", w.nanos())
                + "\n  JIT compilers in the window: " + String.format("%.1f s of CPU (OS thread time), %.1f s compiling"
                        + " (wall time of the compilations, longer when the compiler threads wait for a core)",
                        w.jitCpuNanos() / 1e9, cpu.jitMillis() / 1000.0);
        long drainStart = System.nanoTime();
        boolean drained = true;
        try {
            // the mirror applies every pushed frame, then every client has everything it was sent
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> probe.frames() == w.endFrame() && load.results().clients().stream()
                            .allMatch(s -> s.unmatched() == 0 && s.removals() >= probe.removals()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            drained = false;
        }
        long drainMs = (System.nanoTime() - drainStart) / 1_000_000;
        FanoutLoad.Results results = load.results();
        return FanoutReport.format(new FanoutReport.Figures(CLIENTS, CLIENT_LOOPS, SUPERVISORS, RATE,
                w, probe.states(), probe.removals(), results, serverCpu, w.loadCpuNanos(), harnessCpu,
                loadBefore, os.getSystemLoadAverage(), os.getAvailableProcessors(), drained, drainMs))
                + split.report(w.seconds()) + "server threads (CPU in the window): " + threads + "\n"
                + "load process                     : " + results.diagnosis() + "\n";
    }

    static Map<Short, Long> closes(List<FanoutClientSummary> all) {
        Map<Short, Long> m = new TreeMap<>();
        all.stream().filter(s -> s.closeCode() != null).forEach(s -> m.merge(s.closeCode(), 1L, Long::sum));
        return m;
    }
}
