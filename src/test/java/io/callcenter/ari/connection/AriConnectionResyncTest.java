package io.callcenter.ari.connection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.testsupport.ari.FakeAriServer;
import io.callcenter.testsupport.ari.Trace;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every (re)connect resyncs before later events, re-subscribes, and failures show in health. */
@QuarkusTest
class AriConnectionResyncTest extends AriConnectionTestBase {

    private static final String SUBSCRIPTION = "/ari/applications/callcenter/subscription";

    @Test
    void theSnapshotComesBeforeEventsReadWhileResyncing() {
        Trace.HttpExchange channels = firstNonEmpty("GET", "/ari/channels");
        Trace.HttpExchange bridges = firstNonEmpty("GET", "/ari/bridges");
        FakeAriServer fake = fake()
                .answer("GET", "/ari/channels", 200, channels.responseBody().toString())
                .answer("GET", "/ari/bridges", 200, bridges.responseBody().toString())
                .greet(varset(1));
        String name = openConnected(fake);
        fake.push(varset(2));

        await().until(() -> listener.events(name).size() == 2);
        List<Object> delivered = listener.deliveries(name).stream()
                .filter(d -> d instanceof ResyncSnapshot || d instanceof ReceivedEvent).toList();
        ResyncSnapshot snapshot = (ResyncSnapshot) delivered.get(0);
        assertEquals(List.of(varset(1), varset(2)), listener.events(name).stream().map(ReceivedEvent::rawJson).toList());
        assertEquals(channels.responseBody().get(0).path("id").asText(), snapshot.channels().get(0).id());
        assertEquals(bridges.responseBody().get(0).path("id").asText(), snapshot.bridges().get(0).id());
        assertEquals(FakeAriServer.DEFAULT_ENTITY_ID, snapshot.asteriskId());
        assertEquals("callcenter", snapshot.application().name());
        for (String path : List.of("/ari/channels", "/ari/bridges", "/ari/endpoints", "/ari/deviceStates",
                "/ari/applications/callcenter", "/ari/asterisk/info")) {
            assertEquals(1, fake.requests("GET", path).size(), path);
        }
    }

    @Test
    void aCutWebsocketReconnectsResyncsAndResubscribes() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        connections.subscribe(name, "deviceState:Stasis:agent-1001");
        connections.subscribe(name, "endpoint:PJSIP/1004");
        connections.unsubscribe(name, "endpoint:PJSIP/1004");
        fake.push(varset(1));
        await().until(() -> listener.events(name).size() == 1);

        Trace.HttpExchange channels = firstNonEmpty("GET", "/ari/channels");
        fake.answer("GET", "/ari/channels", 200, channels.responseBody().toString());
        fake.cutWebsockets();

        await().until(() -> fake.connectionCount() == 2 && state(name) == ConnectionState.CONNECTED);
        await().until(() -> fake.requests("POST", SUBSCRIPTION).size() == 3);
        List<ResyncSnapshot> snapshots = listener.snapshots(name);
        assertEquals(2, snapshots.size());
        assertTrue(snapshots.get(0).channels().isEmpty());
        assertEquals(channels.responseBody().get(0).path("id").asText(), snapshots.get(1).channels().get(0).id());
        assertEquals(List.of("eventSource=deviceState%3AStasis%3Aagent-1001", "eventSource=endpoint%3APJSIP%2F1004",
                        "eventSource=deviceState%3AStasis%3Aagent-1001"),
                fake.requests("POST", SUBSCRIPTION).stream().map(FakeAriServer.Request::query).toList());
        assertEquals(1, fake.requests("DELETE", SUBSCRIPTION).size());
        assertTrue(listener.states(name).contains(ConnectionState.DISCONNECTED));
        assertTrue(counter("ari.connection.reconnects", name) >= 1);

        fake.push(varset(2));
        await().until(() -> listener.events(name).size() == 2);
        assertTrue(listener.events(name).get(1).sequence() > listener.events(name).get(0).sequence());
    }

    @Test
    void aWrongPasswordKeepsRetryingAndHealthIsDown() {
        FakeAriServer fake = fake();
        String name = open(fake, "not-the-password");

        await().until(() -> fake.rejectedCount() >= 3 && state(name) == ConnectionState.DISCONNECTED);
        assertEquals(0, fake.connectionCount());
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'ARI connections' }.status", org.hamcrest.Matchers.is("DOWN"))
                .body("checks.find { it.name == 'ARI connections' }.data.'" + name + ".problem'", containsString("401"))
                .body(not(containsString("not-the-password")));
    }

    @Test
    void applicationReplacedIsReportedAndNotFoughtOver() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        fake.push(event("ApplicationReplaced", "\"asterisk_id\":\"02:00:00:00:00:01\""));

        await().until(() -> state(name) == ConnectionState.REPLACED);
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.name", hasItem("ARI connections"))
                .body("checks.find { it.name == 'ARI connections' }.data.'" + name + ".state'", org.hamcrest.Matchers.is("REPLACED"))
                .body("checks.find { it.name == 'ARI connections' }.data.'" + name + ".problem'",
                        containsString("ApplicationReplaced"));

        // Asterisk may drop the old socket later: we must not reconnect and steal the app back.
        fake.cutWebsockets();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> fake.connectionCount() == 1 && state(name) == ConnectionState.REPLACED);
    }

    @Test
    void closingStopsReconnectingAndHealthForgetsTheServer() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        connections.close(name);
        assertTrue(connections.status().stream().noneMatch(s -> s.server().equals(name)));
        await().until(() -> fake.openSockets() == 0);
        assertEquals(ConnectionState.CLOSED, listener.states(name).get(listener.states(name).size() - 1));
        given().get("/q/health/ready").then().body(not(containsString(name + ".state")));
    }

    private static Trace.HttpExchange firstNonEmpty(String method, String path) {
        return Trace.load("websocket-reconnect").http().stream()
                .filter(x -> x.method().equals(method) && x.path().equals(path) && x.status() == 200)
                .filter(x -> x.responseBody() != null && x.responseBody().size() > 0)
                .findFirst().orElseThrow();
    }
}
