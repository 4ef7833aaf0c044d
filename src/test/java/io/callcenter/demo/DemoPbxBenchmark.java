package io.callcenter.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.demo.world.WorldSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load benchmark (not part of the normal run): ~2,000 concurrent callers and 50 new calls/s against the demo PBX,
 * consumed by a websocket app that answers each caller and parks it in a holding bridge. Prints events/s, call setup
 * latency (caller arrives → ChannelEnteredBridge received, i.e. event out, two REST calls, event back), websocket
 * backlog and process CPU. Run: {@code ./mvnw -B test -Dtest=DemoPbxBenchmark -Dsurefire.excludedGroups=none -Dbench.seconds=60}.
 */
@Tag("benchmark")
class DemoPbxBenchmark {

    private static final int CONCURRENT = Integer.getInteger("bench.concurrent", 2000);
    private static final int PER_SECOND = Integer.getInteger("bench.rate", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
    private final List<Long> setupMicros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong bridged = new AtomicLong();
    private final AtomicLong preloaded = new AtomicLong();

    @Test
    void twoThousandConcurrentCallsAndFiftyNewCallsPerSecond() throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        WorldSettings settings = new WorldSettings("02:00:00:00:be:00", 10, Set.of(), 1.0, false, WorldSettings.Phones.MANUAL);
        try (DemoPbxHarness pbx = new DemoPbxHarness(settings)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString((DemoPbxHarness.USER + ":" + DemoPbxHarness.PASSWORD).getBytes());
            post(http, auth, pbx.base(), "/ari/bridges?type=holding&bridgeId=bench-hold&name=bench").join();
            post(http, auth, pbx.base(), "/ari/bridges/bench-hold/moh?mohClass=default").join();
            CountDownLatch open = new CountDownLatch(1);
            http.newWebSocketBuilder().header("Authorization", auth).buildAsync(
                    URI.create("ws://127.0.0.1:" + pbx.port + "/ari/events?app=callcenter&subscribeAll=true"), consumer(http, auth, pbx.base(), open)).join();
            open.await(5, TimeUnit.SECONDS);
            Random random = new Random(1);
            long loadStart = System.nanoTime();
            // pre-load: CONCURRENT callers whose remaining time spreads evenly, so the population stays level
            long holdMs = CONCURRENT * 1000L / PER_SECOND;
            for (int i = 0; i < CONCURRENT; i++) {
                arrive(pbx, 15_000 + (long) (random.nextDouble() * holdMs), random, false); // ~ after the pre-load, drains evenly
            }
            // the measured phase starts once the pre-loaded callers are parked
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> preloaded.get() >= CONCURRENT);
            System.out.printf("pre-load: %d callers parked in %.1f s%n", preloaded.get(), (System.nanoTime() - loadStart) / 1e9);
            events.set(0);
            long periodic = pbx.vertx.setPeriodic(1000 / PER_SECOND, id -> arrive(pbx, holdMs, random, true));
            long start = System.nanoTime();
            Sampler sampler = new Sampler(pbx, os);
            long ticker = pbx.vertx.setPeriodic(1000, id -> sampler.tick());
            sampler.done.await(SECONDS + 30, TimeUnit.SECONDS);
            pbx.vertx.cancelTimer(ticker);
            pbx.vertx.cancelTimer(periodic);
            double secs = (System.nanoTime() - start) / 1e9;
            List<Long> lat;
            synchronized (setupMicros) {
                lat = new ArrayList<>(setupMicros);
            }
            Collections.sort(lat);
            System.out.printf("RESULT %d s: events %d (%.0f/s avg, %d/s peak), new calls bridged %d, setup latency ms p50 %.1f p95 %.1f"
                    + " p99 %.1f max %.1f, max backlog %d frames, process CPU avg %.2f cores of %d%n",
                    SECONDS, events.get(), events.get() / secs, sampler.peak, bridged.get(), pct(lat, 50), pct(lat, 95), pct(lat, 99),
                    pct(lat, 100), sampler.maxBacklog, sampler.cpuSum / SECONDS, os.getAvailableProcessors());
            assertTrue(bridged.get() >= (long) PER_SECOND * SECONDS * 9 / 10, "the consumer kept up: " + bridged.get());
        }
    }

    /** Once a second: events/s, backlog, CPU; prints every 10 s; opens {@code done} after the run. */
    private final class Sampler {
        final CountDownLatch done = new CountDownLatch(1);
        private final DemoPbxHarness pbx;
        private final com.sun.management.OperatingSystemMXBean os;
        private int second;
        private long lastEvents;
        long peak;
        int maxBacklog;
        double cpuSum;

        Sampler(DemoPbxHarness pbx, com.sun.management.OperatingSystemMXBean os) {
            this.pbx = pbx;
            this.os = os;
        }

        void tick() {
            if (++second > SECONDS) {
                done.countDown();
                return;
            }
            long now = events.get();
            peak = Math.max(peak, now - lastEvents);
            lastEvents = now;
            maxBacklog = Math.max(maxBacklog, pbx.server.backlog());
            double cpu = os.getProcessCpuLoad() * os.getAvailableProcessors();
            cpuSum += cpu;
            if (second % 10 == 0) {
                System.out.printf("t=%3ds channels=%5d events=%8d bridged=%7d backlog=%5d cpu=%.2f cores%n",
                        second, pbx.world.channelCount(), now, bridged.get(), pbx.server.backlog(), cpu);
            }
        }
    }

    private void arrive(DemoPbxHarness pbx, long holdMs, Random random, boolean measured) {
        String id = (measured ? "bench-" : "pre-") + random.nextLong();
        if (measured) {
            arrivedAt.put(id, System.nanoTime());
        }
        pbx.world.stimuli().callerArrives("callcenter", "5000", "Caller", "5551000", id);
        pbx.world.clock().after(holdMs, () -> pbx.world.stimuli().callerHangsUp(id));
    }

    private WebSocket.Listener consumer(HttpClient http, String auth, URI base, CountDownLatch open) {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public void onOpen(WebSocket ws) {
                open.countDown();
                ws.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    events.incrementAndGet();
                    try {
                        handle(AriEventParser.mapper().readTree(partial.toString()));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("bad frame", e);
                    }
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            private void handle(JsonNode e) {
                String type = e.path("type").asText();
                String id = e.at("/channel/id").asText();
                if ("StasisStart".equals(type)) {
                    post(http, auth, base, "/ari/channels/" + id + "/answer")
                            .thenCompose(r -> post(http, auth, base, "/ari/bridges/bench-hold/addChannel?channel=" + id));
                } else if ("ChannelEnteredBridge".equals(type) && id.startsWith("pre-")) {
                    preloaded.incrementAndGet();
                } else if ("ChannelEnteredBridge".equals(type)) {
                    Long t0 = arrivedAt.remove(id);
                    if (t0 != null) {
                        setupMicros.add((System.nanoTime() - t0) / 1000);
                        bridged.incrementAndGet();
                    }
                }
            }
        };
    }

    private static java.util.concurrent.CompletableFuture<HttpResponse<Void>> post(HttpClient http, String auth, URI base, String path) {
        return http.sendAsync(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1000.0;
    }
}
