package io.callcenter.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.demo.world.WorldSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Snoop as Asterisk's res_stasis_snoop / ari channels resource do it: parameters checked in Asterisk's order, the
 * snoop channel Up and in Stasis at once, and its end on its own (no hangup request, cause 0) when the target goes.
 */
class DemoSnoopTest {

    @Test
    void snoopIsCheckedLikeAsteriskAndEndsWithItsTarget() {
        try (DemoPbxHarness pbx = new DemoPbxHarness(WorldSettings.forTests(0.05))) {
            AriTestClient c = pbx.client();
            AriTestClient.Events ev = c.events("callcenter", true);
            await().until(() -> pbx.world.registry().apps().get("callcenter").connected());
            String caller = pbx.world.stimuli().callerArrives("callcenter", "5000", "Caller 5551234", "5551234", null);
            await().until(() -> frames(ev, "StasisStart", caller).size() == 1);
            String base = "/ari/channels/" + caller + "/snoop";
            assertError(c, base + "?app=callcenter&spy=sideways", 400, "Invalid direction specified for spy");
            assertError(c, base + "?app=callcenter&spy=both&whisper=loud", 400, "Invalid direction specified for whisper");
            assertError(c, base + "?app=callcenter", 400, "Direction must be specified for at least spy or whisper");
            assertError(c, base + "?spy=both", 400, "Application name is required");
            assertError(c, "/ari/channels/nope/snoop?app=callcenter&spy=both", 404, "Provided channel was not found");
            assertError(c, "/ari/channels/nope/snoop?app=callcenter", 400,
                    "Direction must be specified for at least spy or whisper");

            AriTestClient.Response made = c.call("POST", base + "/spy-1?app=callcenter&spy=both&whisper=out"
                    + "&appArgs=supervise,s1");
            assertEquals(200, made.status());
            assertTrue(made.body().path("name").asText().matches("Snoop/" + caller.replace(".", "\\.") + "-[0-9a-f]{8}"),
                    made.body().path("name").asText());
            assertEquals("Up", made.body().path("state").asText());
            await().until(() -> frames(ev, "StasisStart", "spy-1").size() == 1);
            assertEquals(List.of("supervise", "s1"), list(frames(ev, "StasisStart", "spy-1").get(0).path("args"))
                    .stream().map(JsonNode::asText).toList());

            pbx.world.stimuli().callerHangsUp(caller);
            await().until(() -> frames(ev, "ChannelDestroyed", "spy-1").size() == 1);
            JsonNode destroyed = frames(ev, "ChannelDestroyed", "spy-1").get(0);
            assertEquals(0, destroyed.path("cause").asInt());
            assertEquals("Unknown", destroyed.path("cause_txt").asText());
            assertEquals(1, frames(ev, "StasisEnd", "spy-1").size());
            assertEquals(List.of(), frames(ev, "ChannelHangupRequest", "spy-1"), "the snoop was not asked to hang up");
            assertEquals(404, c.call("DELETE", "/ari/channels/spy-1").status());
        }
    }

    private static void assertError(AriTestClient c, String path, int status, String message) {
        AriTestClient.Response r = c.call("POST", path);
        assertEquals(status, r.status(), path);
        assertEquals(message, r.body().path("message").asText(), path);
    }

    private static List<JsonNode> frames(AriTestClient.Events ev, String type, String channelId) {
        return ev.frames.stream().filter(f -> type.equals(f.path("type").asText()))
                .filter(f -> channelId.equals(f.at("/channel/id").asText())).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }
}
