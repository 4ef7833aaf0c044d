package io.callcenter.ari.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcenter.ari.model.Application;
import io.callcenter.ari.model.AsteriskInfo;
import io.callcenter.ari.model.AsteriskPing;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.DeviceState;
import io.callcenter.ari.model.Endpoint;
import io.callcenter.ari.model.LiveRecording;
import io.callcenter.ari.model.Playback;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real Asterisk 22 response bodies from the traces, served over HTTP, read into the model records. Every object
 * additionally gets fields no Asterisk sends yet: they must be ignored, never fatal.
 */
@QuarkusTest
class AriLenientJsonTest extends AriClientTestBase {

    @Test
    void channelsWithOneRingingInboundCall() {
        serve("GET /ari/channels", "rest-catalog", 51);
        Channel c = client.channels().list().get(0);
        assertEquals("1795718263.3645", c.id());
        assertEquals("PJSIP/trunk-00000e06", c.name());
        assertEquals("Ring", c.state());
        assertEquals("5551000", c.caller().number());
        assertEquals("Caller 5551000", c.caller().name());
        assertEquals("from-trunk", c.dialplan().context());
        assertEquals("5000", c.dialplan().exten());
        assertEquals(2L, c.dialplan().priority().longValue());
        assertEquals("callcenter,inbound,5000", c.dialplan().appData());
        assertEquals("2026-11-26T18:37:43.095+0000", c.creationtime());
    }

    @Test
    void bridgesWithMembers() {
        serve("GET /ari/bridges", "websocket-reconnect", 76);
        Bridge b = client.bridges().list().get(0);
        assertEquals("queue-sales-mwxwc6ri", b.id());
        assertEquals("holding", b.bridgeType());
        assertEquals("holding_bridge", b.technology());
        assertEquals(List.of("1795718345.3672"), b.channels());
        serve("GET /ari/bridges/call-mwxwai5c", "inbound-queue-answered", 73);
        assertEquals(List.of("1795718266.3650", "agent-1001-mwxwai5c"), client.bridges().get("call-mwxwai5c").channels());
    }

    @Test
    void endpointsAllAndOne() {
        serve("GET /ari/endpoints", "rest-catalog", 16);
        List<Endpoint> all = client.endpoints().list();
        assertEquals("PJSIP", all.get(0).technology());
        assertEquals("1001", all.get(0).resource());
        assertEquals("online", all.get(0).state());
        serve("GET /ari/endpoints/PJSIP/trunk", "rest-catalog", 57);
        assertEquals(List.of("1795718263.3645"), client.endpoints().get("PJSIP", "trunk").channelIds());
    }

    @Test
    void asteriskInfoUntrimmedAndPing() {
        serve("GET /ari/asterisk/info", "rest-catalog", 6);
        AsteriskInfo info = client.asterisk().getInfo(null);
        assertEquals("22.10.1", info.system().version());
        assertEquals("02:00:00:00:00:01", info.system().entityId());
        assertEquals("Linux", info.build().os());
        assertEquals("en", info.config().defaultLanguage());
        assertEquals("2026-11-26T17:57:07.142+0000", info.status().startupTime());
        serve("GET /ari/asterisk/ping", "rest-catalog", 8);
        AsteriskPing ping = client.asterisk().ping();
        assertEquals("pong", ping.ping());
        assertEquals("02:00:00:00:00:01", ping.asteriskId());
    }

    @Test
    void applicationsWithAllTopicSubscriptions() {
        serve("GET /ari/applications", "rest-catalog", 24);
        List<Application> apps = client.applications().list();
        assertEquals(List.of("callcenter", "originator"), apps.stream().map(Application::name).toList());
        assertEquals(List.of("__AST_CHANNEL_ALL_TOPIC"), apps.get(0).channelIds());
        assertEquals(List.of("__AST_DEVICE_STATE_ALL_TOPIC"), apps.get(0).deviceNames());
    }

    @Test
    void deviceStatesPlaybacksAndRecordings() {
        serve("GET /ari/deviceStates", "device-states-user-events", 34);
        assertEquals(List.of(new DeviceState("Stasis:agent-1001", "UNAVAILABLE"), new DeviceState("Stasis:agent-1002", "NOT_INUSE")),
                client.deviceStates().list());
        serve("GET /ari/playbacks/pb-hello-mwxwbn1f", "dtmf-playback-recording", 63);
        Playback p = client.playbacks().get("pb-hello-mwxwbn1f");
        assertEquals("sound:hello-world", p.mediaUri());
        assertEquals("playing", p.state());
        serve("GET /ari/recordings/live/rec-test", "dtmf-playback-recording", 86);
        LiveRecording r = client.recordings().getLive("rec-test");
        assertEquals("recording", r.state());
        assertEquals("channel:media-mwxwbn1f", r.targetUri());
    }

    /** Serves the recorded body of response {@code seq}, with unknown fields added to every object in it. */
    private void serve(String methodAndPath, String trace, int seq) {
        JsonNode body = AriTraces.response(trace, seq).get("body").deepCopy();
        addFutureFields(body);
        ari.on(methodAndPath, TinyAriHttpServer.Answer.json(200, body.toString()));
    }

    private static void addFutureFields(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(f -> addFutureFields(o.get(f)));
            o.put("tech_cause", 487);
            o.putObject("future_nested").put("since", "Asterisk 99").putArray("items").add(1);
            o.putArray("future_list").addObject().put("x", true);
        } else if (node instanceof ArrayNode a) {
            a.forEach(AriLenientJsonTest::addFutureFields);
        }
    }
}
