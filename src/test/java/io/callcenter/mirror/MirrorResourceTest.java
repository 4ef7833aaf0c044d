package io.callcenter.mirror;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.events.ChannelEnteredBridge;
import io.callcenter.security.TestUsers;
import io.callcenter.testsupport.TestLogin;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/mirror}, readiness of the history writer and its metrics, over real HTTP. */
@QuarkusTest
class MirrorResourceTest {

    @Inject
    TraceReplayer replayer;
    @Inject
    MirrorIngest ingest;

    @Inject
    TestUsers users;

    @Test
    void mirrorIsForSupervisorsAndAdminsOnly() {
        given().when().get("/api/mirror").then().statusCode(401);
        TestLogin.as(users.agent(TestUsers.freshEndpoint()), TestUsers.PASSWORD).api()
                .get("/api/mirror").then().statusCode(403);
        TestLogin.as(users.supervisor("sales"), TestUsers.PASSWORD).api()
                .get("/api/mirror").then().statusCode(200);
    }

    @Test
    void mirrorShowsACallInProgress() {
        String ast = TraceReplayer.newAsteriskId("api");
        List<ReceivedEvent> all = AriTrace.events("inbound-queue-answered", "callcenter", "pbx-1", ast);
        int bridged = 0;
        while (!(all.get(bridged).message() instanceof ChannelEnteredBridge e
                && e.channel().id().startsWith("agent-"))) {
            bridged++;
        }
        replayer.feed(all.subList(0, bridged + 1));
        ingest.onConnectionState("pbx-1", ConnectionState.CONNECTED);

        String server = "find { it.asteriskId == '" + ast + "' }";
        TestLogin.as(users.admin(), TestUsers.PASSWORD).api().when().get("/api/mirror").then().statusCode(200)
                .body(server + ".server", equalTo("pbx-1"))
                .body(server + ".connection", equalTo("CONNECTED"))
                .body(server + ".channels.id", contains("1795718266.3650", "agent-1001-mwxwai5c"))
                .body(server + ".channels.state", contains("Up", "Up"))
                .body(server + ".channels[0].caller.number", equalTo("5551000"))
                .body(server + ".channels[0].dialplan.context", equalTo("from-trunk"))
                .body(server + ".channels[0].bridgeId", equalTo("call-mwxwai5c"))
                .body(server + ".channels[0].created", equalTo("2026-11-26T18:37:46.886Z"))
                .body(server + ".channels[1].stasisArgs", contains("agent"))
                .body(server + ".bridges.id", contains("call-mwxwai5c", "queue-sales-mwxwai5c"))
                .body(server + ".bridges[0].channelIds",
                        containsInAnyOrder("1795718266.3650", "agent-1001-mwxwai5c"))
                .body(server + ".deviceStates.name", hasItem("PJSIP/1001"));
    }

    @Test
    void historyWriterIsReadyAndMeasured() {
        replayer.replay("agent-no-answer", "callcenter", TraceReplayer.newAsteriskId("metrics"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'History writer' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'History writer' }.data.buffered", equalTo(0));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(metrics.lines()
                .filter(l -> l.startsWith("callcenter_history_events_persisted_total"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0.0),
                greaterThan(0.0));
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.containsString(
                "callcenter_history_buffer_depth"));
        org.hamcrest.MatcherAssert.assertThat(metrics, org.hamcrest.Matchers.containsString(
                "callcenter_history_lag_seconds"));
    }
}
