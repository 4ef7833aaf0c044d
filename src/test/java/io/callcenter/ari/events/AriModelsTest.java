package io.callcenter.ari.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.client.AriTraces;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every event Asterisk 22 sent in the recorded traces parses into its own record with the spec's required fields set. */
class AriModelsTest {

    @Test
    void everyRecordedEventParsesIntoItsSpecificRecord() throws Exception {
        Map<String, Integer> parsed = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String trace : AriTraces.FILES) {
            for (JsonNode raw : AriTraces.events(trace)) {
                AriMessage message = AriEventParser.parse(raw.toString());
                String type = raw.get("type").asText();
                String where = trace + " " + type + " " + raw.path("timestamp").asText();
                if (message instanceof UnknownEvent || !message.getClass().getSimpleName().equals(type)) {
                    problems.add(where + ": parsed as " + message.getClass().getSimpleName());
                    continue;
                }
                assertEquals(type, message.type());
                assertEquals(raw.path("asterisk_id").asText(null), message.asteriskId(), where);
                requiredFieldsPresent(message, where, problems);
                parsed.merge(type, 1, Integer::sum);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(26, parsed.size(), "event types in the traces: " + parsed);
    }

    @Test
    void eventsKeepWhatTheMirrorNeeds() {
        JsonNode raw = AriTraces.events("inbound-queue-abandoned").stream()
                .filter(e -> "ChannelDestroyed".equals(e.get("type").asText())).reduce((a, b) -> b).orElseThrow();
        ChannelDestroyed destroyed = (ChannelDestroyed) AriEventParser.parse(raw);
        assertEquals(127, destroyed.cause());
        assertEquals("Interworking, unspecified", destroyed.causeTxt());
        assertEquals(raw.at("/channel/id").asText(), destroyed.channel().id());
        assertInstanceOf(ChannelEvent.class, destroyed);
    }

    @Test
    void unknownTypeIsKeptRawWithItsEnvelope() {
        String json = "{\"type\":\"FutureEvent\",\"asterisk_id\":\"02:00:00:00:00:01\",\"application\":\"callcenter\","
                + "\"timestamp\":\"2026-11-26T18:37:46.886+0000\",\"gizmo\":{\"id\":\"g1\",\"levels\":[1,2]}}";
        UnknownEvent e = assertInstanceOf(UnknownEvent.class, AriEventParser.parse(json));
        assertEquals("FutureEvent", e.type());
        assertEquals("02:00:00:00:00:01", e.asteriskId());
        assertEquals("callcenter", e.application());
        assertEquals("2026-11-26T18:37:46.886+0000", e.timestamp());
        assertEquals("g1", e.raw().at("/gizmo/id").asText());
        assertEquals(AriEventParser.parse(json), new UnknownEvent("FutureEvent", "02:00:00:00:00:01", "callcenter",
                "2026-11-26T18:37:46.886+0000", e.raw()));
    }

    @Test
    void unknownFieldsOfKnownTypesAreIgnored() {
        String json = "{\"type\":\"ChannelHangupRequest\",\"application\":\"callcenter\",\"timestamp\":\"t\","
                + "\"cause\":16,\"tech_cause\":487,\"new_field\":{\"deep\":[{\"x\":1}]},"
                + "\"channel\":{\"id\":\"c1\",\"name\":\"PJSIP/trunk-1\",\"state\":\"Up\",\"future\":true}}";
        ChannelHangupRequest e = assertInstanceOf(ChannelHangupRequest.class, AriEventParser.parse(json));
        assertEquals(16, e.cause());
        assertEquals(487, e.techCause());
        assertEquals("c1", e.channel().id());
        assertFalse(e.soft() != null && e.soft());
    }

    @Test
    void requiredCheckNoticesMissingFields() throws Exception {
        String json = "{\"type\":\"StasisStart\",\"application\":\"callcenter\",\"timestamp\":\"t\",\"args\":[],"
                + "\"channel\":{\"id\":\"c1\",\"state\":\"Ring\"}}";
        List<String> problems = new ArrayList<>();
        requiredFieldsPresent(AriEventParser.parse(json), "test", problems);
        assertTrue(problems.contains("test: Channel.name is required but null"), problems.toString());
    }

    /** Checks the record and every record nested in it against the spec's required properties. */
    private static void requiredFieldsPresent(Object value, String where, List<String> problems) throws Exception {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                requiredFieldsPresent(item, where, problems);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        List<String> required = SpecRequiredFields.BY_MODEL.getOrDefault(value.getClass().getSimpleName(), List.of());
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(value);
            String json = c.getAccessor().getAnnotation(JsonProperty.class) != null
                    ? c.getAccessor().getAnnotation(JsonProperty.class).value() : c.getName();
            if (v == null && required.contains(json)) {
                problems.add(where + ": " + value.getClass().getSimpleName() + "." + json + " is required but null");
            }
            requiredFieldsPresent(v, where, problems);
        }
    }
}
