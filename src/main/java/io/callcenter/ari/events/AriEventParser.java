package io.callcenter.ari.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns one websocket text frame into a typed ARI message; lenient, so new Asterisk fields never break ingest. */
public final class AriEventParser {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /**
     * One reader per known type, built once: {@code MAPPER.readValue(json, cls)} resolves the type and looks up its
     * root deserializer on every call (~10 % of the websocket reader's parse samples); a reader holds both.
     */
    private static final Map<String, ObjectReader> READERS = EventTypes.BY_NAME.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> MAPPER.readerFor(e.getValue())));

    private AriEventParser() {
    }

    /**
     * Parses a frame. A known type becomes its record; an unknown type, or a known type whose fields do not
     * fit (a version drift), becomes an {@link UnknownEvent} holding the raw JSON.
     * <p>
     * A known type is bound straight from the text (its {@code type} is found by reading the top-level fields up to
     * it, which Asterisk sends first or nearly): building a tree first and binding from it doubled the cost of the
     * websocket reader, the busiest thread of ingest. Anything else takes the tree path, which decides as before.
     *
     * @throws MalformedEventException when the frame is not a JSON object with a {@code type}
     */
    public static AriMessage parse(String json) {
        ObjectReader reader = READERS.get(topLevelType(json));
        if (reader != null) {
            try {
                return reader.readValue(json);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // fall through: the tree path keeps it raw, or reports a frame that is not JSON
            }
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("ARI frame is not JSON: " + e.getOriginalMessage());
        }
        return parse(tree);
    }

    /** Parses an already-read JSON tree; see {@link #parse(String)}. */
    public static AriMessage parse(JsonNode tree) {
        if (tree == null || !tree.isObject() || !tree.path("type").isTextual()) {
            throw new MalformedEventException("ARI frame has no 'type'");
        }
        String type = tree.get("type").asText();
        Class<? extends AriMessage> cls = EventTypes.BY_NAME.get(type);
        if (cls != null) {
            try {
                return MAPPER.treeToValue(tree, cls);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // fall through: keep it raw rather than lose it
            }
        }
        return new UnknownEvent(type, text(tree, "asterisk_id"), text(tree, "application"), text(tree, "timestamp"), tree);
    }

    /** The mapper used for ARI JSON, configured leniently. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The first top-level {@code type} string, or "" when there is none or the text is not a JSON object. Found by a
     * character scan ({@link TopLevelType}; a second tokenizer pass over the frame was ~7 % of the websocket
     * reader's samples, then ~10 % of its parse samples for the frames that do not start with the type); what the
     * scan leaves undecided takes the parser.
     */
    private static String topLevelType(String json) {
        String type = TopLevelType.scan(json);
        if (type != null) {
            return type;
        }
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean isType = "type".equals(p.currentName());
                JsonToken value = p.nextToken();
                if (isType) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : "";
                }
                p.skipChildren();
            }
            return "";
        } catch (IOException e) {
            return ""; // not JSON: the tree path reports it
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A websocket frame that is not an ARI message at all. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
