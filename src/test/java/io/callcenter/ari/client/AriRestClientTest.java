package io.callcenter.ari.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ARI REST client against a real HTTP server: sub-resource locators, basic auth, bodies and parameters on the wire. */
@QuarkusTest
class AriRestClientTest extends AriClientTestBase {

    @Test
    void everyResourceGroupIsReachedThroughItsLocatorUnderSlashAri() {
        client.applications().list();
        client.asterisk().ping();
        client.bridges().list();
        client.channels().list();
        client.deviceStates().list();
        client.endpoints().list();
        client.events().claimChannel("c1", "callcenter");
        client.mailboxes().list();
        client.playbacks().get("p1");
        client.recordings().listStored();
        client.sounds().list(null, null);
        assertEquals(List.of("/ari/applications", "/ari/asterisk/ping", "/ari/bridges", "/ari/channels", "/ari/deviceStates",
                "/ari/endpoints", "/ari/events/claim", "/ari/mailboxes", "/ari/playbacks/p1", "/ari/recordings/stored",
                "/ari/sounds"), ari.seen().stream().map(TinyAriHttpServer.Seen::path).toList());
    }

    @Test
    void sendsBasicAuthOnEveryRequest() {
        client.channels().list();
        client.bridges().destroy("b1");
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString("callcenter:s3cret".getBytes());
        ari.seen().forEach(s -> assertEquals(expected, s.authorization(), s.path()));
    }

    @Test
    void nullOrEmptyVariablesSendNoBody() {
        client.channels().originate("PJSIP/1001", null, null, null, null, "callcenter", null, null, null, null,
                null, null, null, null);
        assertNull(ari.last().body());
        // no chunked encoding and no length: Asterisk's HTTP server then reads no body at all
        assertNull(ari.last().transferEncoding());
        assertTrue(ari.last().contentLength() == null || "0".equals(ari.last().contentLength()), ari.last().contentLength());
        client.channels().create("PJSIP/1001", "callcenter", null, null, null, null, null, AriBodies.variables(Map.of()));
        assertNull(ari.last().body());
        assertEquals(Map.of("endpoint", List.of("PJSIP/1001"), "app", List.of("callcenter")), ari.last().params());
    }

    @Test
    void containersBodyIsSentAsVariablesObject() throws Exception {
        client.channels().setChannelVars("c1", AriBodies.variables(Map.of("QUEUE", "sales")));
        assertJson("{\"variables\":{\"QUEUE\":\"sales\"}}", ari.last().body());
        assertTrue(ari.last().contentType().startsWith("application/json"), ari.last().contentType());

        client.events().userEvent("AgentPaused", "callcenter", null, AriBodies.variables(Map.of("agent", "1001")));
        assertEquals("/ari/events/user/AgentPaused", ari.last().path());
        assertJson("{\"variables\":{\"agent\":\"1001\"}}", ari.last().body());

        client.asterisk().updateObject("res_pjsip", "endpoint", "1099", AriBodies.fields(Map.of("context", "agents")));
        assertJson("{\"fields\":[{\"attribute\":\"context\",\"value\":\"agents\"}]}", ari.last().body());
    }

    @Test
    void multiValuedParametersGoAsOneCommaSeparatedValue() {
        client.channels().play("c1", "sound:queue-youarenext,sound:queue-thankyou", null, null, null, "pb1");
        assertEquals(List.of("sound:queue-youarenext,sound:queue-thankyou"), ari.last().params().get("media"));
        client.applications().subscribe("callcenter", "channel:c1,endpoint:PJSIP/1004");
        assertEquals(List.of("channel:c1,endpoint:PJSIP/1004"), ari.last().params().get("eventSource"));
    }

    @Test
    void pathParametersAreEncoded() {
        client.deviceStates().get("Stasis:agent 1001");
        assertEquals("/ari/deviceStates/Stasis:agent%201001", ari.last().path());
        client.channels().getChannelVar("c1", "CALLERID(num)");
        assertEquals(List.of("CALLERID(num)"), ari.last().params().get("variable"));
    }

    private static void assertJson(String expected, String actual) throws Exception {
        JsonNode e = AriEventParser.mapper().readTree(expected);
        assertEquals(e, AriEventParser.mapper().readTree(actual), actual);
    }
}
