package io.callcenter.ari.connection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.ari.events.ChannelVarset;
import io.callcenter.ari.events.UnknownEvent;
import io.callcenter.testsupport.ari.FakeAriServer;
import io.callcenter.testsupport.ari.Trace;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Events from a real websocket reach the listeners in order, stamped, parsed, and never block the reader. */
@QuarkusTest
class AriConnectionEventsTest extends AriConnectionTestBase {

    @Test
    void connectsWithBasicAuthAndKeepsThePasswordOutOfTheUrl() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);

        assertEquals(0, fake.rejectedCount());
        assertEquals(List.of("/ari/events?app=callcenter&subscribeAll=true"), fake.websocketUris());
        assertEquals(FakeAriServer.DEFAULT_ENTITY_ID, status(name).asteriskId());
        assertTrue(connections.client(name).isPresent());
        String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(health, containsString("\"" + name + ".state\": \"CONNECTED\""));
        assertThat(health, not(containsString(PASSWORD)));
    }

    @Test
    void deliversEventsInArrivalOrderWithIncreasingSequence() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        List<String> frames = IntStream.range(0, 200).mapToObj(AriConnectionTestBase::varset).toList();
        frames.forEach(fake::push);

        await().until(() -> listener.events(name).size() == 200);
        List<ReceivedEvent> events = listener.events(name);
        assertEquals(frames, events.stream().map(ReceivedEvent::rawJson).toList());
        assertEquals(IntStream.range(0, 200).mapToObj(String::valueOf).toList(),
                events.stream().map(e -> ((ChannelVarset) e.message()).value()).toList());
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).sequence() > events.get(i - 1).sequence(), "sequence increases at " + i);
        }
        events.forEach(e -> {
            assertEquals(name, e.server());
            assertEquals("02:00:00:00:00:09", e.asteriskId());
            assertNotNull(e.receivedAt());
        });
        assertEquals(200, status(name).eventsReceived());
        assertEquals(200, registry.find("ari.events.received").tag("server", name).tag("type", "ChannelVarset")
                .counter().count());
    }

    @Test
    void anEventWithoutAsteriskIdGetsTheIdReadAtConnect() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        fake.push(event("ChannelVarset", "\"variable\":\"X\",\"value\":\"1\""));

        await().until(() -> listener.events(name).size() == 1);
        assertEquals(FakeAriServer.DEFAULT_ENTITY_ID, listener.events(name).get(0).asteriskId());
    }

    @Test
    void anUnknownEventTypeIsDeliveredWithItsRawJson() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        String frame = event("FancyFutureEvent", "\"gizmo\":{\"id\":\"g1\"}");
        fake.push(frame);

        await().until(() -> listener.events(name).size() == 1);
        ReceivedEvent event = listener.events(name).get(0);
        assertEquals(frame, event.rawJson());
        UnknownEvent unknown = assertInstanceOf(UnknownEvent.class, event.message());
        assertEquals("FancyFutureEvent", unknown.type());
        assertEquals("g1", unknown.raw().path("gizmo").path("id").asText());
    }

    @Test
    void aMalformedFrameIsSkippedAndCountedAndTheNextOneDelivered() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        fake.push("this is { not json");
        fake.push("{\"no\":\"type\"}");
        fake.push(varset(1));

        await().until(() -> listener.events(name).size() == 1);
        assertEquals(varset(1), listener.events(name).get(0).rawJson());
        assertEquals(2, counter("ari.events.malformed", name));
        assertEquals(ConnectionState.CONNECTED, state(name));
    }

    @Test
    void aThrowingListenerIsReportedAndDeliveryGoesOn() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        listener.failOn(name, "ChannelVarset");
        fake.push(varset(1));
        fake.push(event("FancyFutureEvent", ""));

        await().until(() -> listener.events(name).size() == 2);
        assertEquals(1, counter("ari.listener.failures", name));
    }

    @Test
    void aSlowListenerDoesNotStopTheReader() {
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        listener.hold(name);
        List<String> frames = IntStream.range(0, 50).mapToObj(AriConnectionTestBase::varset).toList();
        frames.forEach(fake::push);

        // All frames read and sequenced while the listener still sits on the first one.
        await().until(() -> status(name).eventsReceived() == 50);
        assertTrue(listener.events(name).isEmpty());
        await().until(() -> registry.find("ari.dispatch.queue.depth").tag("server", name).gauge().value() == 49);

        listener.release(name);
        await().until(() -> listener.events(name).size() == 50);
        assertEquals(frames, listener.events(name).stream().map(ReceivedEvent::rawJson).toList());
    }

    @Test
    void twoServersDeliverUnderTheirOwnNames() {
        FakeAriServer first = fake();
        FakeAriServer second = fake();
        second.answer("GET", "/ari/asterisk/info", 200, "{\"system\":{\"entity_id\":\"02:00:00:00:00:02\"}}");
        String one = openConnected(first);
        String two = openConnected(second);
        first.push(event("FancyFutureEvent", "\"n\":1"));
        second.push(event("FancyFutureEvent", "\"n\":2"));
        second.push(event("FancyFutureEvent", "\"n\":3"));

        await().until(() -> listener.events(one).size() == 1 && listener.events(two).size() == 2);
        assertEquals(FakeAriServer.DEFAULT_ENTITY_ID, listener.events(one).get(0).asteriskId());
        assertEquals(List.of("02:00:00:00:00:02", "02:00:00:00:00:02"),
                listener.events(two).stream().map(ReceivedEvent::asteriskId).toList());
        assertEquals(List.of(event("FancyFutureEvent", "\"n\":2"), event("FancyFutureEvent", "\"n\":3")),
                listener.events(two).stream().map(ReceivedEvent::rawJson).toList());
    }

    @Test
    void aRecordedTraceArrivesInOrderAndUnchanged() {
        List<Trace.WsEvent> recorded = Trace.load("inbound-queue-answered").events("callcenter");
        FakeAriServer fake = fake();
        String name = openConnected(fake);
        recorded.forEach(e -> fake.push(e.rawJson()));

        await().until(() -> listener.events(name).size() == recorded.size());
        List<ReceivedEvent> events = listener.events(name);
        assertEquals(recorded.stream().map(Trace.WsEvent::rawJson).toList(),
                events.stream().map(ReceivedEvent::rawJson).toList());
        assertEquals(recorded.stream().map(Trace.WsEvent::type).toList(),
                events.stream().map(e -> e.message().type()).toList());
        events.forEach(e -> {
            assertTrue(!(e.message() instanceof UnknownEvent), "known type: " + e.message().type());
            assertNotNull(e.asteriskId());
        });
    }
}
