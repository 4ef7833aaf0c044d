package io.callcenter.ari.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns one websocket text frame into a typed ARI message; lenient, so new Asterisk fields never break ingest. */
public final class AriEventParser {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    private AriEventParser() {
    }

    /**
     * Parses a frame. A known type becomes its record; an unknown type, or a known type whose fields do not
     * fit (a version drift), becomes an {@link UnknownEvent} holding the raw JSON.
     *
     * @throws MalformedEventException when the frame is not a JSON object with a {@code type}
     */
    public static AriMessage parse(String json) {
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
