package io.callcenter.ari.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.client.AriTraces;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token-driven binder gives Jackson's result on every recorded frame, and gives up on what is not plain. */
class RecordBinderTest {

    @Test
    void everyRecordedFrameBindsAsWithJackson() throws Exception {
        int bound = 0;
        for (String trace : AriTraces.FILES) {
            for (JsonNode raw : AriTraces.events(trace)) {
                String json = raw.toString();
                Class<? extends AriMessage> cls = EventTypes.BY_NAME.get(raw.path("type").asText());
                if (cls == null) {
                    continue;
                }
                Object jackson = AriEventParser.mapper().readerFor(cls).readValue(json);
                RecordBinder binder = RecordBinder.of(cls, AriEventParser.mapper());
                assertNotNull(binder, cls.getSimpleName() + " is bound by hand");
                assertEquals(jackson, bind(binder, json), json);
                assertEquals(jackson, AriEventParser.parse(json), json);
                bound++;
            }
        }
        assertTrue(bound > 400, "recorded frames bound: " + bound);
    }

    @Test
    void everyRecordedChannelAndBridgeBodyBindsAsWithJackson() throws Exception {
        int bound = 0;
        for (String trace : AriTraces.FILES) {
            for (JsonNode line : AriTraces.lines(trace)) {
                if (!"http_response".equals(line.path("kind").asText())) {
                    continue;
                }
                for (JsonNode body : line.path("body").isArray() ? line.path("body") : List.of(line.path("body"))) {
                    Class<?> cls = body.has("bridge_type") ? Bridge.class
                            : body.has("dialplan") && body.has("caller") ? Channel.class : null;
                    if (cls != null) {
                        String json = body.toString();
                        assertEquals(AriEventParser.mapper().readerFor(cls).readValue(json),
                                bind(RecordBinder.of(cls, AriEventParser.mapper()), json), json);
                        bound++;
                    }
                }
            }
        }
        assertTrue(bound > 10, "recorded channel and bridge bodies bound: " + bound);
    }

    @Test
    void unknownMissingNullAndReorderedFieldsAsWithJackson() throws Exception {
        List<String> frames = List.of(
                // unknown fields of every shape, before, between and after the known ones; camelCase is unknown too
                "{\"x\":{\"a\":[1,{\"b\":null}]},\"type\":\"ChannelVarset\",\"asteriskId\":\"no\",\"y\":[],"
                        + "\"variable\":\"V\",\"z\":1.5e3,\"value\":\"\",\"channel\":{\"id\":\"c1\",\"new\":true,"
                        + "\"caller\":{\"name\":\"n\",\"number\":\"1\",\"extra\":\"e\"}},\"w\":false}",
                // missing fields, explicit nulls, fields in reverse order
                "{\"channel\":{\"dialplan\":null,\"caller\":null,\"name\":\"PJSIP/x\",\"id\":\"c2\"},"
                        + "\"soft\":null,\"cause\":16,\"type\":\"ChannelHangupRequest\"}",
                "{\"type\":\"ChannelHangupRequest\",\"soft\":true,\"tech_cause\":-1,\"cause\":0}",
                "{\"type\":\"StasisStart\",\"args\":[],\"channel\":{\"id\":\"c3\",\"dialplan\":{\"priority\":"
                        + "9223372036854775807,\"context\":\"ctx\"},\"channelvars\":{\"A\":\"1\",\"B\":{\"c\":[2]}}}}",
                "{\"type\":\"StasisStart\",\"args\":[\"a\",\"\",\"c\"],\"replace_channel\":null}",
                "{\"type\":\"BridgeCreated\",\"bridge\":{\"id\":\"b\",\"channels\":[\"c1\",\"c2\"],\"bridgevars\":{}}}",
                "{\"type\":\"DeviceStateChanged\",\"device_state\":{\"state\":\"INUSE\",\"name\":\"PJSIP/1001\"}}",
                "{\"type\":\"Dial\",\"peer\":{\"id\":\"p\"},\"dialstatus\":\"\",\"caller\":{}}",
                "  {\n \"type\" : \"ChannelStateChange\" ,\t\"channel\" : { \"state\" : \"Up\" } }  ",
                "{\"type\":\"ChannelVarset\",\"value\":\"caf\\u00e9 \\\"q\\\" \\\\ \\n\",\"variable\":\"\u00fc\"}");
        for (String json : frames) {
            assertBoundAsWithJackson(json);
        }
    }

    @Test
    void framesThatAreNotPlainAreLeftToJackson() throws Exception {
        List<String> odd = List.of(
                "{\"type\":\"ChannelVarset\",\"value\":7}", // number into a string: Jackson coerces
                "{\"type\":\"ChannelVarset\",\"value\":true}",
                "{\"type\":\"ChannelHangupRequest\",\"cause\":\"16\"}", // string into a number: Jackson coerces
                "{\"type\":\"ChannelHangupRequest\",\"cause\":16.0}",
                "{\"type\":\"ChannelHangupRequest\",\"cause\":3000000000}", // out of int range
                "{\"type\":\"ChannelHangupRequest\",\"soft\":\"true\"}",
                "{\"type\":\"ChannelVarset\",\"value\":\"a\",\"value\":\"b\"}", // repeated field
                "{\"type\":\"StasisStart\",\"args\":[\"a\",null]}",
                "{\"type\":\"StasisStart\",\"args\":\"a\"}",
                "{\"type\":\"StasisStart\",\"channel\":{\"id\":\"c\",\"channelvars\":null}}",
                "{\"type\":\"StasisStart\",\"channel\":[]}",
                "{\"type\":\"StasisStart\",\"channel\":{\"dialplan\":{\"priority\":99999999999999999999}}}");
        for (String json : odd) {
            Class<? extends AriMessage> cls = EventTypes.BY_NAME.get(TopLevelType.scan(json));
            assertThrows(RecordBinder.GiveUp.class, () -> bind(RecordBinder.of(cls, AriEventParser.mapper()), json),
                    json);
            assertEqualsJacksonOrUnknown(json);
        }
    }

    @Test
    void aTypeWithOtherComponentTypesIsNotBoundByHand() {
        assertEquals(null, RecordBinder.of(UnknownEvent.class, AriEventParser.mapper()), "no JSON names");
        assertEquals(null, RecordBinder.of(String.class, AriEventParser.mapper()), "not a record");
    }

    @Test
    void brokenJsonIsStillReportedAsMalformed() {
        assertThrows(AriEventParser.MalformedEventException.class,
                () -> AriEventParser.parse("{\"type\":\"ChannelVarset\",\"value\":"));
        assertInstanceOf(ChannelVarset.class, AriEventParser.parse("{\"type\":\"ChannelVarset\"} trailing"));
    }

    private static void assertBoundAsWithJackson(String json) throws Exception {
        Class<? extends AriMessage> cls = EventTypes.BY_NAME.get(TopLevelType.scan(json));
        Object jackson = AriEventParser.mapper().readerFor(cls).readValue(json);
        assertEquals(jackson, bind(RecordBinder.of(cls, AriEventParser.mapper()), json), json);
        assertEquals(jackson, AriEventParser.parse(json), json);
    }

    /** The parser's result equals Jackson's binding, or both end up as an unknown event when Jackson fails. */
    private static void assertEqualsJacksonOrUnknown(String json) {
        Class<? extends AriMessage> cls = EventTypes.BY_NAME.get(TopLevelType.scan(json));
        Object jackson;
        try {
            jackson = AriEventParser.mapper().readerFor(cls).readValue(json);
        } catch (IOException e) {
            assertInstanceOf(UnknownEvent.class, AriEventParser.parse(json), json);
            return;
        }
        assertEquals(jackson, AriEventParser.parse(json), json);
    }

    private static Object bind(RecordBinder binder, String json) throws IOException, RecordBinder.GiveUp {
        try (JsonParser p = AriEventParser.mapper().getFactory().createParser(json)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            return binder.bind(p);
        }
    }
}
