package io.callcenter.console;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.mirror.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Call control from the console (hangup, answer, ring, hold, mute, MoH, DTMF) against the demo PBX, with ARI's refusals. */
@QuarkusTest
@TestProfile(ConsoleDemo.class)
class ConsoleChannelCallTest extends ConsoleTestBase {


    @Inject
    AgroalDataSource dataSource;

    @Test
    void hangupWithAReasonEndsTheCallWhichLeavesTheMirrorAndIsAudited() {
        String id = calls.ringingChannel();
        admin.api().body(Map.of("reason", "busy")).post(CHANNELS + id + "/hangup").then().statusCode(200)
                .body("ok", equalTo(true)).body("action", equalTo("hangup")).body("target", equalTo("demo/" + id))
                .body("message", containsString("Hangup requested"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !mirroredChannelIds().contains(id));
        // the reason reaches Asterisk: busy ends the call with cause 17 "User busy"
        await().atMost(Duration.ofSeconds(10)).until(() -> !Db.rows(dataSource,
                "select cause from channel_history where channel_id = ? and cause = 17", id).isEmpty());
        List<Map<String, Object>> audit = calls.audit("demo/" + id);
        assertEquals(1, audit.size());
        assertEquals(adminName, audit.get(0).get("actor"));
        assertEquals("console.hangup", audit.get(0).get("action"));
        assertEquals("ok", audit.get(0).get("outcome"));
        assertTrue(audit.get(0).get("details").toString().contains("busy"));
    }

    @Test
    void anUnknownChannelIsARIs404InWordsAndTheAttemptIsAudited() {
        admin.api().post(CHANNELS + "no-such-channel/hangup").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("Channel not found"))
                .body("ariStatus", equalTo(404)).body("ariMessage", equalTo("Channel not found"));
        assertEquals("ARI 404: Channel not found", calls.audit("demo/no-such-channel").get(0).get("outcome"));
        for (String action : List.of("answer", "ring", "ring/stop", "hold", "unhold", "mute", "unmute", "moh", "moh/stop")) {
            admin.api().post(CHANNELS + "no-such-channel/" + action).then().statusCode(404).body("ariStatus", equalTo(404));
        }
    }

    @Test
    void badHangupBodiesAre400NamingTheField() {
        admin.api().body(Map.of("reason", "bored")).post(CHANNELS + "x/hangup").then().statusCode(400)
                .body("detail", containsString("reason"));
        admin.api().body(Map.of("cause", 16)).post(CHANNELS + "x/hangup").then().statusCode(400)
                .body("detail", containsString("cause"));
        admin.api().body("{not json").post(CHANNELS + "x/hangup").then().statusCode(400);
    }

    @Test
    void answerTakesARingingChannelUpAndARIsRefusalsComeBackAsTheirStatus() {
        String ringing = calls.ringingChannel();
        admin.api().post(CHANNELS + ringing + "/answer").then().statusCode(200).body("message", equalTo("Answered"));
        await().until(() -> calls.channel(ringing).map(c -> "Up".equals(c.state())).orElse(false));

        String down = calls.downChannel();
        admin.api().post(CHANNELS + down + "/answer").then().statusCode(412)
                .body("ariStatus", equalTo(412)).body("detail", equalTo("Channel in invalid state"));
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().post(CHANNELS + call.dialplanHalf() + "/answer").then().statusCode(409)
                .body("detail", equalTo("Channel not in Stasis application"));
        hangUp(ringing, down, call.id());
    }

    @Test
    void ringAndRingStopIndicateRinging() {
        String down = calls.downChannel();
        admin.api().post(CHANNELS + down + "/ring").then().statusCode(200).body("action", equalTo("ring"));
        admin.api().post(CHANNELS + down + "/ring/stop").then().statusCode(200).body("action", equalTo("ring.stop"));
        assertEquals(List.of("console.ring", "console.ring.stop"),
                calls.audit("demo/" + down).stream().map(r -> r.get("action")).toList());
        hangUp(down);
    }

    @Test
    void holdAndUnholdShowInTheEventLogAndAChannelOutsideStasisIs409() {
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().post(CHANNELS + call.id() + "/hold").then().statusCode(200).body("message", equalTo("Put on hold"));
        admin.api().post(CHANNELS + call.id() + "/unhold").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.loggedEvents(call.id()).containsAll(
                List.of("ChannelHold", "ChannelUnhold")));
        admin.api().post(CHANNELS + call.dialplanHalf() + "/hold").then().statusCode(409)
                .body("ariMessage", equalTo("Channel not in Stasis application"));
        hangUp(call.id());
    }

    @Test
    void muteUnmuteAndMusicOnHoldTakeOptionalBodies() {
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().body(Map.of("direction", "in")).post(CHANNELS + call.id() + "/mute").then().statusCode(200)
                .body("message", equalTo("Muted (in)"));
        admin.api().post(CHANNELS + call.id() + "/unmute").then().statusCode(200).body("message", equalTo("Unmuted (both)"));
        admin.api().body(Map.of("direction", "sideways")).post(CHANNELS + call.id() + "/mute").then().statusCode(400)
                .body("detail", containsString("direction"));
        admin.api().body(Map.of("mohClass", "default")).post(CHANNELS + call.id() + "/moh").then().statusCode(200)
                .body("message", equalTo("Music on hold started (default)"));
        admin.api().post(CHANNELS + call.id() + "/moh/stop").then().statusCode(200);
        admin.api().body(Map.of("mohClass", "../etc")).post(CHANNELS + call.id() + "/moh").then().statusCode(400)
                .body("detail", containsString("mohClass"));
        hangUp(call.id());
    }

    @Test
    void dtmfIsSentAndMustBeDigits() {
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().body(Map.of("dtmf", "123#")).post(CHANNELS + call.id() + "/dtmf").then().statusCode(200)
                .body("message", equalTo("DTMF 123# sent"));
        admin.api().body(Map.of("dtmf", "12x")).post(CHANNELS + call.id() + "/dtmf").then().statusCode(400)
                .body("detail", containsString("dtmf"));
        admin.api().body(Map.of()).post(CHANNELS + call.id() + "/dtmf").then().statusCode(400)
                .body("detail", containsString("dtmf"));
        admin.api().post(CHANNELS + call.id() + "/dtmf").then().statusCode(400);
        hangUp(call.id());
    }

    private List<String> mirroredChannelIds() {
        return admin.api().get("/api/mirror").then().statusCode(200).extract()
                .path("find { it.server == 'demo' }.channels.id");
    }
}
