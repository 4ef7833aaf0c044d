package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.demo.traffic.SimulatedPhones;
import io.callcenter.demo.traffic.TrafficGenerator;
import io.callcenter.demo.traffic.TrafficSettings;
import io.callcenter.demo.world.WorldSettings;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated traffic reaches the app as real ARI events: callers enter Stasis, unanswered ones give up (CANCEL, cause 127), phones flap. */
class TrafficGeneratorTest {

    @Test
    void callersArriveIntoStasisAndAbandonWhenNobodyAnswers() {
        TrafficSettings ts = new TrafficSettings("callcenter", 36_000, List.of(), List.of("5000", "5001"), 1000, 2000, 0.1, 0.05,
                30, 5, 0, 3600);
        Random random = new Random(3);
        WorldSettings ws = new WorldSettings("02:00:00:00:00:01", 4, Set.of(), 0.05, false, new SimulatedPhones(ts, random));
        try (DemoPbxHarness pbx = new DemoPbxHarness(ws)) {
            AriTestClient.Events ev = pbx.client().events("callcenter", true);
            await().until(() -> pbx.world.registry().apps().get("callcenter").connected());
            TrafficGenerator traffic = new TrafficGenerator(pbx.world, ts, random);
            traffic.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> has(ev, "StasisStart") && has(ev, "EndpointStateChange")
                    && ev.frames.stream().anyMatch(f -> "ChannelDestroyed".equals(f.path("type").asText()) && f.path("cause").asInt() == 127));
            traffic.stop();
            assertTrue(ev.frames.stream().filter(f -> "StasisStart".equals(f.path("type").asText()))
                    .allMatch(f -> f.path("args").get(0).asText().equals("inbound")), "inbound args");
        }
    }

    private static boolean has(AriTestClient.Events ev, String type) {
        return ev.frames.stream().anyMatch(f -> type.equals(f.path("type").asText()));
    }
}
