package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.demo.world.WorldSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the ACD and the operator console do during a call, over real HTTP/WS: bridge, hold, mute, snoop, record, hang up with a reason. */
class InCallOperationsTest {

    @Test
    void aConnectedCallCanBeHeldMutedSnoopedRecordedAndHungUpWithAReason() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient c = pbx.client();
            AriTestClient.Events ev = c.events("callcenter", true);
            await().until(() -> pbx.world.registry().apps().get("callcenter").connected());
            String caller = pbx.world.stimuli().callerArrives("callcenter", "5000", "Caller 5551234", "5551234", null);
            await().until(() -> find(ev, "StasisStart", caller).isPresent());
            assertEquals(204, c.call("POST", "/ari/channels/" + caller + "/answer").status());
            assertEquals(200, c.call("POST", "/ari/channels?endpoint=PJSIP%2F1001&app=callcenter&appArgs=agent&channelId=ag-1&timeout=20").status());
            await().until(() -> find(ev, "Dial", "ag-1").isPresent());
            pbx.world.stimuli().phoneAnswers("ag-1");
            await().until(() -> find(ev, "StasisStart", "ag-1").isPresent());
            assertEquals(200, c.call("POST", "/ari/bridges?type=mixing&bridgeId=call-1").status());
            assertEquals(204, c.call("POST", "/ari/bridges/call-1/addChannel?channel=" + caller + ",ag-1").status());
            assertEquals(2, c.call("GET", "/ari/bridges/call-1").body().path("channels").size());

            assertEquals(204, c.call("POST", "/ari/channels/" + caller + "/hold").status());
            await().until(() -> find(ev, "ChannelHold", caller).isPresent());
            assertEquals(204, c.call("DELETE", "/ari/channels/" + caller + "/hold").status());
            assertEquals(204, c.call("POST", "/ari/channels/ag-1/mute?direction=both").status());
            assertEquals(204, c.call("POST", "/ari/channels/ag-1/dtmf?dtmf=123").status());
            assertEquals(400, c.call("POST", "/ari/channels/ag-1/dtmf").status());

            JsonNode snoop = c.call("POST", "/ari/channels/" + caller + "/snoop?app=callcenter&spy=both&snoopId=spy-1").body();
            assertEquals("Up", snoop.path("state").asText());
            await().until(() -> find(ev, "StasisStart", "spy-1").isPresent());

            assertEquals(201, c.call("POST", "/ari/bridges/call-1/record?name=call-1-rec&format=wav").status());
            assertEquals("recording", c.call("GET", "/ari/recordings/live/call-1-rec").body().path("state").asText());
            assertEquals(204, c.call("POST", "/ari/recordings/live/call-1-rec/stop").status());
            assertEquals("wav", c.call("GET", "/ari/recordings/stored/call-1-rec").body().path("format").asText());

            assertEquals(204, c.call("DELETE", "/ari/channels/ag-1?reason=busy").status());
            await().until(() -> find(ev, "ChannelDestroyed", "ag-1").isPresent());
            assertEquals(17, find(ev, "ChannelDestroyed", "ag-1").get().path("cause").asInt());
            assertEquals(400, c.call("DELETE", "/ari/channels/" + caller + "?reason=whatever").status());

            pbx.world.stimuli().callerHangsUp(caller);
            await().until(() -> find(ev, "ChannelDestroyed", caller).isPresent());
            // a snoop ends by itself once its target is gone (Asterisk's snoop read fails): no DELETE needed
            await().until(() -> find(ev, "ChannelDestroyed", "spy-1").isPresent());
            assertEquals(204, c.call("DELETE", "/ari/bridges/call-1").status());
            assertEquals(List.of(), list(c.call("GET", "/ari/channels").body()));
        }
    }

    private static Optional<JsonNode> find(AriTestClient.Events ev, String type, String channelId) {
        return ev.frames.stream().filter(f -> type.equals(f.path("type").asText()))
                .filter(f -> channelId.equals(f.at("/channel/id").asText(f.at("/peer/id").asText()))).findFirst();
    }

    private static List<JsonNode> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }
}
