package io.callcenter.console;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bridge actions from the console: create, add/remove a channel, MoH, record, destroy, and ARI's refusals. */
@QuarkusTest
@TestProfile(ConsoleDemo.class)
class ConsoleBridgeTest extends ConsoleTestBase {


    @Inject
    LiveMirror mirror;

    @Test
    void aBridgeLivesThroughEveryActionAndTheMirrorFollows() {
        calls.ari();
        String id = admin.api().body(Map.of("type", "holding", "name", "console-hold")).post(BRIDGES).then().statusCode(201)
                .header("Location", containsString(BRIDGES + "/"))
                .body("bridge_type", equalTo("holding")).body("name", equalTo("console-hold")).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).until(() -> bridge(id).isPresent());

        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().body(Map.of("channelId", call.id())).post(BRIDGES + "/" + id + "/channels").then().statusCode(200)
                .body("action", equalTo("bridge.addChannel")).body("target", equalTo("demo/" + id));
        await().atMost(Duration.ofSeconds(10)).until(() -> bridge(id).map(b -> b.channelIds().contains(call.id())).orElse(false));

        admin.api().body(Map.of("mohClass", "default")).post(BRIDGES + "/" + id + "/moh").then().statusCode(200);
        admin.api().delete(BRIDGES + "/" + id + "/moh").then().statusCode(200);
        admin.api().body(Map.of("name", "bridge-rec-" + id)).post(BRIDGES + "/" + id + "/record").then().statusCode(201)
                .body("name", equalTo("bridge-rec-" + id)).body("target_uri", equalTo("bridge:" + id));

        admin.api().delete(BRIDGES + "/" + id + "/channels/" + call.id()).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> bridge(id).map(b -> b.channelIds().isEmpty()).orElse(false));
        admin.api().delete(BRIDGES + "/" + id + "/channels/" + call.id()).then().statusCode(422)
                .body("ariMessage", equalTo("Channel not in this bridge"));

        admin.api().delete(BRIDGES + "/" + id).then().statusCode(200).body("message", equalTo("Bridge destroyed"));
        await().atMost(Duration.ofSeconds(10)).until(() -> bridge(id).isEmpty());
        admin.api().delete(BRIDGES + "/" + id).then().statusCode(404).body("ariMessage", equalTo("Bridge not found"));
        assertEquals(List.of("console.bridge.create", "console.bridge.addChannel", "console.bridge.moh",
                "console.bridge.moh.stop", "console.bridge.record", "console.bridge.removeChannel",
                "console.bridge.removeChannel", "console.bridge.destroy", "console.bridge.destroy"),
                calls.audit("demo/" + id).stream().map(r -> r.get("action")).toList());
        hangUp(call.id());
    }

    @Test
    void addingUnknownOrNonStasisChannelsIsRefusedByARI() {
        String id = admin.api().post(BRIDGES).then().statusCode(201).body("bridge_type", equalTo("mixing")).extract().path("id");
        admin.api().body(Map.of("channelId", "no-such-channel")).post(BRIDGES + "/" + id + "/channels").then().statusCode(400)
                .body("ariStatus", equalTo(400)).body("ariMessage", equalTo("Channel not found"));
        DemoCalls.EchoCall call = calls.echoCall();
        admin.api().body(Map.of("channelId", call.dialplanHalf())).post(BRIDGES + "/" + id + "/channels").then()
                .statusCode(422).body("detail", equalTo("Channel not in Stasis application"));
        admin.api().body(Map.of("channelId", call.id())).post(BRIDGES + "/no-such-bridge/channels").then().statusCode(404);
        admin.api().post(BRIDGES + "/no-such-bridge/moh").then().statusCode(404);
        admin.api().body(Map.of("name", "r")).post(BRIDGES + "/no-such-bridge/record").then().statusCode(404);
        hangUp(call.id());
        admin.api().delete(BRIDGES + "/" + id).then().statusCode(200);
    }

    @Test
    void badBridgeBodiesAre400NamingTheField() {
        admin.api().body(Map.of("type", "conference")).post(BRIDGES).then().statusCode(400).body("detail", containsString("type"));
        admin.api().body(Map.of()).post(BRIDGES + "/any/channels").then().statusCode(400).body("detail", containsString("channelId"));
        admin.api().body(Map.of("format", "wav")).post(BRIDGES + "/any/record").then().statusCode(400)
                .body("detail", containsString("name"));
        admin.api().body(Map.of("mohClass", "a b")).post(BRIDGES + "/any/moh").then().statusCode(400)
                .body("detail", containsString("mohClass"));
    }

    private Optional<BridgeView> bridge(String id) {
        return mirror.bridge(calls.asteriskId(), id);
    }
}
