package io.callcenter.console;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Play, record, snoop, redirect, continue and move from the console against the demo PBX, with ARI's refusals. */
@QuarkusTest
@TestProfile(ConsoleDemo.class)
class ConsoleChannelMediaTest extends ConsoleTestBase {


    @Test
    void playAnswers201WithThePlaybackAndChecksTheMedia() {
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().body(Map.of("media", "sound:hello-world")).post(CHANNELS + call.id() + "/play").then().statusCode(201)
                .body("id", notNullValue()).body("media_uri", equalTo("sound:hello-world"))
                .body("target_uri", equalTo("channel:" + call.id()));
        admin.api().body(Map.of("media", "hello-world")).post(CHANNELS + call.id() + "/play").then().statusCode(400)
                .body("detail", containsString("media"));
        String down = calls.downChannel();
        admin.api().body(Map.of("media", "sound:hello-world")).post(CHANNELS + down + "/play").then().statusCode(412)
                .body("ariMessage", equalTo("Channel in invalid state"));
        hangUp(call.id(), down);
    }

    @Test
    void recordStartsALiveRecordingStopStoresItAndARIsConflictsComeBack() {
        DemoCalls.EchoCall call = calls.echoCall();
        String name = "rec-" + UUID.randomUUID();
        admin.api().body(Map.of("name", name, "format", "wav")).post(CHANNELS + call.id() + "/record").then().statusCode(201)
                .body("name", equalTo(name)).body("format", equalTo("wav"));
        admin.api().body(Map.of("name", name)).post(CHANNELS + call.id() + "/record").then().statusCode(409)
                .body("ariMessage", containsString("already in progress"));
        admin.api().body(Map.of("name", name)).post(CHANNELS + call.id() + "/record/stop").then().statusCode(200)
                .body("action", equalTo("record.stop"));
        admin.api().get(SYSTEM + "/recordings").then().statusCode(200).body("name", hasItem(name));
        admin.api().body(Map.of("name", name)).post(CHANNELS + call.id() + "/record").then().statusCode(422)
                .body("ariMessage", equalTo("Recording already exists"));
        admin.api().body(Map.of("name", "other-" + name, "format", "mp3")).post(CHANNELS + call.id() + "/record")
                .then().statusCode(422).body("ariStatus", equalTo(422)).body("detail", containsString("mp3"));
        admin.api().body(Map.of("name", "../../etc/passwd")).post(CHANNELS + call.id() + "/record").then().statusCode(400)
                .body("detail", containsString("name"));
        admin.api().body(Map.of("name", "never-started")).post(CHANNELS + call.id() + "/record/stop").then().statusCode(404)
                .body("ariMessage", equalTo("Recording not found"));
        hangUp(call.id());
    }

    @Test
    void snoopCreatesAChannelInOurAppWhichTheMirrorShows() {
        DemoCalls.EchoCall call = calls.echoCall();
        String snoopId = admin.api().body(Map.of("spy", "both", "whisper", "none")).post(CHANNELS + call.id() + "/snoop")
                .then().statusCode(201).body("name", containsString("Snoop/")).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.channel(snoopId)
                .map(c -> DemoCalls.APP.equals(c.stasisApp())).orElse(false));
        admin.api().body(Map.of("spy", "everything")).post(CHANNELS + call.id() + "/snoop").then().statusCode(400)
                .body("detail", containsString("spy"));
        // Asterisk checks the directions before the channel: without one it is 400 even for an unknown channel
        admin.api().post(CHANNELS + "no-such-channel/snoop").then().statusCode(400)
                .body("ariMessage", equalTo("Direction must be specified for at least spy or whisper"));
        admin.api().body(Map.of("spy", "both")).post(CHANNELS + "no-such-channel/snoop").then().statusCode(404)
                .body("ariMessage", equalTo("Provided channel was not found"));
        hangUp(snoopId, call.id());
    }

    @Test
    void redirectSendsTheCallAwaySoItLeavesTheMirror() {
        String id = calls.ringingChannel();
        admin.api().body(Map.of("endpoint", "PJSIP/1003")).post(CHANNELS + id + "/redirect").then().statusCode(200)
                .body("message", equalTo("Redirected to PJSIP/1003"));
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.channel(id).isEmpty());
        admin.api().body(Map.of()).post(CHANNELS + id + "/redirect").then().statusCode(400)
                .body("detail", containsString("endpoint"));
    }

    @Test
    void continueLeavesStasisForTheDialplanAfterwhichStasisActionsAre409() {
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().body(Map.of("context", "echo", "priority", 2)).post(CHANNELS + call.id() + "/continue").then()
                .statusCode(200).body("message", containsString("echo"));
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.channel(call.id()).map(c -> c.stasisApp() == null).orElse(false));
        admin.api().post(CHANNELS + call.id() + "/continue").then().statusCode(409)
                .body("ariMessage", equalTo("Channel not in Stasis application"));
        admin.api().body(Map.of("priority", 0)).post(CHANNELS + call.id() + "/continue").then().statusCode(400)
                .body("detail", containsString("priority"));
        hangUp(call.id());
    }

    @Test
    void moveAddsTheChannelToABridgeAndARIsRefusalsComeBack() {
        DemoCalls.EchoCall call = calls.echoCall();
        String bridge = admin.api().body(Map.of("type", "mixing")).post(BRIDGES)
                .then().statusCode(201).extract().path("id");
        admin.api().body(Map.of("bridgeId", bridge)).post(CHANNELS + call.id() + "/move").then().statusCode(200)
                .body("message", equalTo("Moved into bridge " + bridge));
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.channel(call.id()).map(c -> bridge.equals(c.bridgeId()))
                .orElse(false));
        admin.api().body(Map.of("bridgeId", "no-such-bridge")).post(CHANNELS + call.id() + "/move").then().statusCode(404)
                .body("ariMessage", equalTo("Bridge not found"));
        admin.api().body(Map.of("bridgeId", bridge)).post(CHANNELS + call.dialplanHalf() + "/move").then().statusCode(422)
                .body("ariMessage", equalTo("Channel not in Stasis application"));
        admin.api().body(Map.of("bridge", bridge)).post(CHANNELS + call.id() + "/move").then().statusCode(400)
                .body("detail", containsString("bridge"));
        hangUp(call.id());
        admin.api().delete(BRIDGES + "/" + bridge).then().statusCode(200);
    }
}
