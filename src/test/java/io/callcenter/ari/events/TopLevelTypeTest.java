package io.callcenter.ari.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.client.AriTraces;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The character scan for a frame's type agrees with a JSON parser wherever it answers, and leaves odd text to it. */
class TopLevelTypeTest {

    @Test
    void everyRecordedFrameIsDecidedByTheScanAsByTheParser() throws IOException {
        int frames = 0;
        int notFirst = 0;
        for (String trace : AriTraces.FILES) {
            for (JsonNode raw : AriTraces.events(trace)) {
                String json = raw.toString();
                assertEquals(parserType(json), TopLevelType.scan(json), json);
                frames++;
                notFirst += json.startsWith("{\"type\"") ? 0 : 1;
            }
        }
        assertTrue(frames > 100, "traces read");
        assertTrue(notFirst > 10, "frames whose type is not the first field: " + notFirst);
    }

    @Test
    void typeAfterNestedObjectsArraysAndStringsWithBracesAndEscapes() throws IOException {
        List<String> frames = List.of(
                "{\"cause\":16,\"channel\":{\"type\":\"nested\",\"a\":[{\"type\":\"deeper\"}]},\"type\":\"ChannelDestroyed\"}",
                "{\"variable\":\"X\",\"value\":\"a \\\"}, \\\"type\\\":\\\"fake\\\"\",\"type\":\"ChannelVarset\"}",
                "  {\n \"list\" : [1, \"type\", {\"type\":\"no\"}] , \"type\" :\t\"Dial\" }",
                "{\"value\":\"{\\\\\",\"type\":\"ChannelVarset\"}",
                "{\"type\":\"ChannelVarset\",\"type\":\"Second\"}");
        for (String json : frames) {
            assertEquals(parserType(json), TopLevelType.scan(json), json);
        }
        assertEquals("ChannelDestroyed", TopLevelType.scan(frames.get(0)));
    }

    @Test
    void undecidedCasesAreLeftToTheParser() {
        assertNull(TopLevelType.scan("{\"typ\\u0065\":\"Dial\"}"), "escaped key");
        assertNull(TopLevelType.scan("{\"type\":\"Di\\u0061l\"}"), "escaped value");
        assertNull(TopLevelType.scan("{\"type\":7}"), "not a string");
        assertNull(TopLevelType.scan("{\"a\":{\"type\":\"x\"}}"), "only nested");
        assertNull(TopLevelType.scan("[{\"type\":\"x\"}]"), "not an object");
        assertNull(TopLevelType.scan("{\"a\":\"unterminated"), "cut");
        assertNull(TopLevelType.scan(""), "empty");
        assertNull(TopLevelType.scan("not json"), "text");
    }

    /** The first top-level type as a streaming parser reads it (null when it is not a plain string). */
    private static String parserType(String json) throws IOException {
        try (JsonParser p = AriEventParser.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean isType = "type".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (isType) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        }
    }
}
