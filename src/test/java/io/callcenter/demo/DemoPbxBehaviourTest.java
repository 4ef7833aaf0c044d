package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.demo.traffic.SimulatedPhones;
import io.callcenter.demo.traffic.TrafficSettings;
import io.callcenter.demo.world.WorldSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour beyond the recorded traces: app takeover, api_key auth, races on purpose, unsupported operations, phones. */
class DemoPbxBehaviourTest {

    @Test
    void secondWebsocketForAnAppTakesItOverAndTheFirstHearsApplicationReplaced() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient client = pbx.client();
            AriTestClient.Events first = client.events("callcenter", true);
            await().until(() -> pbx.world.registry().apps().get("callcenter").connected());
            AriTestClient.Events second = client.events("callcenter", false);
            await().atMost(Duration.ofSeconds(5)).until(() -> first.closed);
            assertEquals("ApplicationReplaced", first.frames.get(first.frames.size() - 1).path("type").asText());
            pbx.world.stimuli().callerArrives("callcenter", "5000", "Caller", "5551000", null);
            await().until(() -> types(second.frames).contains("StasisStart"));
            assertEquals("StasisStart", second.frames.get(0).path("type").asText(), "app-only: nothing before StasisStart");
        }
    }

    @Test
    void apiKeyQueryParameterAuthenticatesAndAWrongOneIsRejected() throws Exception {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            HttpClient http = HttpClient.newHttpClient();
            URI ok = pbx.base().resolve("/ari/asterisk/ping?api_key=" + DemoPbxHarness.USER + ":" + DemoPbxHarness.PASSWORD);
            assertEquals(200, http.send(HttpRequest.newBuilder(ok).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(pbx.base().resolve("/ari/asterisk/ping?api_key=a:b")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, bad.statusCode());
            assertEquals("{\"message\":\"Authentication required\"}", bad.body());
        }
    }

    @Test
    void withRacesOnStasisStartOfAnOriginatedChannelArrivesBeforeTheHttpAnswer() {
        WorldSettings racy = new WorldSettings("02:00:00:00:00:01", 5, Set.of(), 1.0, true, WorldSettings.Phones.MANUAL);
        try (DemoPbxHarness pbx = new DemoPbxHarness(racy)) {
            AriTestClient client = pbx.client();
            AriTestClient.Events events = client.events("callcenter", true);
            await().until(() -> pbx.world.registry().apps().get("callcenter").connected());
            // warm-up round (JIT, connections), then the measured one
            client.call("POST", "/ari/channels?endpoint=Local%2Fs%40echo&app=callcenter&channelId=warm&otherChannelId=warm-2");
            await().until(() -> types(events.frames).contains("StasisStart"));
            events.frames.clear();
            AriTestClient.Response r = client.call("POST",
                    "/ari/channels?endpoint=Local%2Fs%40echo&app=callcenter&channelId=race-1&otherChannelId=race-1-2");
            assertEquals(200, r.status());
            assertTrue(types(events.frames).contains("StasisStart"), "StasisStart before the 200: " + types(events.frames));
        }
    }

    @Test
    void originateToAnEndpointItCannotReachAnswersLikeAsterisk22() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient client = pbx.client();
            // res_ari_channels: no '/' or an empty side → 400; a channel driver that finds no such device → 500
            for (String endpoint : List.of("1001", "PJSIP%2F", "%2F1001")) {
                AriTestClient.Response r = client.call("POST", "/ari/channels?app=callcenter&endpoint=" + endpoint);
                assertEquals(400, r.status(), endpoint);
                assertEquals("Invalid endpoint specified", r.body().path("message").asText(), endpoint);
            }
            for (String endpoint : List.of("PJSIP%2F9999", "SIP%2F1001")) {
                AriTestClient.Response r = client.call("POST", "/ari/channels?app=callcenter&endpoint=" + endpoint);
                assertEquals(500, r.status(), endpoint);
                assertEquals("Allocation failed", r.body().path("error").asText(), endpoint);
            }
        }
    }

    @Test
    void operationsThisPbxDoesNotProvideAnswerLikeAMissingAsteriskModule() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient client = pbx.client();
            for (String path : List.of("/ari/channels/externalMedia", "/ari/asterisk/logging")) {
                AriTestClient.Response r = client.call(path.contains("externalMedia") ? "POST" : "GET", path);
                assertEquals(404, r.status(), path);
                assertEquals("Resource not found", r.body().path("message").asText(), path);
            }
        }
    }

    @Test
    void agentPhonesAnswerAndHangUpAtTheConfiguredRatesReproduciblyForASeed() {
        TrafficSettings ts = new TrafficSettings("callcenter", 3600, List.of(), List.of("5000"), 1000, 2000, 0.2, 0.1, 60, 60, 0, 0);
        List<WorldSettings.Reaction> a = reactions(new SimulatedPhones(ts, new Random(42)));
        assertEquals(a, reactions(new SimulatedPhones(ts, new Random(42))));
        long busy = a.stream().filter(r -> r.kind() == WorldSettings.Reaction.Kind.BUSY).count();
        long ring = a.stream().filter(r -> r.kind() == WorldSettings.Reaction.Kind.RING).count();
        assertTrue(busy > 60 && busy < 140, "busy " + busy);
        assertTrue(ring > 150 && ring < 250, "no answer " + ring);
        assertTrue(a.stream().filter(r -> r.kind() == WorldSettings.Reaction.Kind.ANSWER)
                .allMatch(r -> r.delayMs() >= 1000 && r.delayMs() <= 2000));
    }

    private static List<WorldSettings.Reaction> reactions(SimulatedPhones phones) {
        List<WorldSettings.Reaction> list = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            list.add(phones.onInvite("1001"));
        }
        return list;
    }

    private static List<String> types(List<JsonNode> frames) {
        return frames.stream().map(f -> f.path("type").asText()).toList();
    }
}
