package io.callcenter.console;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.callcenter.mirror.Db;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.testsupport.TestLogin;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stasis device states and user events from the console: effects seen in the mirror and the event log. */
@QuarkusTest
@TestProfile(ConsoleDemo.class)
class ConsoleSignalTest extends ConsoleTestBase {


    @Inject
    LiveMirror mirror;

    @Inject
    AgroalDataSource dataSource;

    TestLogin.Session supervisor;

    @BeforeEach
    void loginSupervisor() {
        supervisor = supervisor();
    }

    @Test
    void aSupervisorSetsAStasisDeviceStateWhichTheMirrorShows() {
        calls.ari();
        String name = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        supervisor.api().body(Map.of("state", "BUSY")).put(SERVER + "/deviceStates/" + name).then().statusCode(200)
                .body("target", equalTo("demo/Stasis:" + name)).body("message", equalTo("Device state Stasis:" + name + " set to BUSY"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mirror.server(calls.asteriskId()).orElseThrow().deviceStates()
                .stream().anyMatch(d -> d.name().equals("Stasis:" + name) && d.state().equals("BUSY")));
        supervisor.api().body(Map.of("state", "AWAY")).put(SERVER + "/deviceStates/" + name).then().statusCode(400)
                .body("detail", containsString("state"));
        supervisor.api().body(Map.of()).put(SERVER + "/deviceStates/" + name).then().statusCode(400)
                .body("detail", containsString("state"));
        supervisor.api().body(Map.of("state", "BUSY")).put(SERVER + "/deviceStates/PJSIP:1001").then().statusCode(400)
                .body("detail", containsString("name"));
    }

    @Test
    void aUserEventAboutAChannelReachesOurAppWithItsVariables() {
        DemoCalls.EchoCall call = calls.echoCall();
        String event = "console-" + UUID.randomUUID().toString().substring(0, 8);
        supervisor.api().body(Map.of("variables", Map.of("note", "vip"), "source", "channel:" + call.id()))
                .post(SERVER + "/userEvents/" + event).then().statusCode(200)
                .body("message", equalTo("User event " + event + " sent to callcenter"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !Db.rows(dataSource, "select 1 from ari_event where type = "
                + "'ChannelUserevent' and channel_id = ? and payload->'userevent'->>'note' = 'vip' and payload->>'eventname' = ?",
                call.id(), event).isEmpty());
        supervisor.api().post(SERVER + "/userEvents/" + event).then().statusCode(200);
        supervisor.api().body(Map.of("source", "channel:no-such-channel")).post(SERVER + "/userEvents/" + event).then()
                .statusCode(422).body("ariMessage", equalTo("Event source not found"));
        supervisor.api().body(Map.of("source", "mars:1")).post(SERVER + "/userEvents/" + event).then().statusCode(400)
                .body("detail", containsString("source"));
        supervisor.api().body("{\"variables\":{\"note\":null}}").post(SERVER + "/userEvents/" + event).then()
                .statusCode(400).body("detail", containsString("variables"));
        supervisor.api().body(Map.of("variables", "not-an-object")).post(SERVER + "/userEvents/" + event).then()
                .statusCode(400).body("detail", containsString("variables"));
        supervisor.api().post(CHANNELS + call.id() + "/hangup").then().statusCode(200);
    }
}
