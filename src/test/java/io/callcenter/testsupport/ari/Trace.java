package io.callcenter.testsupport.ari;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded Asterisk 22 scenario, loaded from {@code src/test/resources/ari-traces/NAME.jsonl} (format:
 * {@code ari-traces/README} of the shared traces). Usage:
 * <pre>{@code
 * Trace trace = Trace.load("inbound-queue-answered");
 * for (Trace.WsEvent e : trace.events("callcenter")) fake.push(e.rawJson());
 * trace.http()   // request/response pairs, in request order
 * }</pre>
 *
 * @param name  the file name without {@code .jsonl}
 * @param lines every line, parsed, in file order (notes and SIP lines included)
 */
public record Trace(String name, List<JsonNode> lines) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One {@code ws_event} line.
     *
     * @param seq     the line's {@code seq}
     * @param tMs     ms since the scenario started
     * @param app     the websocket (its {@code app} parameter) that received it
     * @param rawJson the event as one compact JSON text, field order as recorded: push this to a fake server
     * @param event   the event as a tree
     */
    public record WsEvent(long seq, long tMs, String app, String rawJson, JsonNode event) {

        /** The event's {@code type}, e.g. {@code StasisStart}. */
        public String type() {
            return event.path("type").asText();
        }
    }

    /**
     * One {@code http_request} with its {@code http_response} (response fields null if none was recorded).
     *
     * @param path         as sent: {@code /ari/...} with query string
     * @param requestBody  JSON body or null
     * @param status       response status, 0 when no response was recorded
     * @param responseBody parsed JSON, a text node for raw text, or null when empty
     */
    public record HttpExchange(long seq, String method, String path, JsonNode requestBody, int status,
            JsonNode responseBody) {
    }

    /** Loads {@code ari-traces/NAME.jsonl} from the test classpath. */
    public static Trace load(String name) {
        String resource = "ari-traces/" + name + ".jsonl";
        InputStream in = Trace.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("No trace " + resource + " on the test classpath");
        }
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return new Trace(name, List.copyOf(lines));
    }

    /** Every websocket event, all apps, in recorded order. */
    public List<WsEvent> events() {
        return lines.stream().filter(l -> "ws_event".equals(l.path("kind").asText()))
                .map(l -> new WsEvent(l.path("seq").asLong(), l.path("t_ms").asLong(), l.path("app").asText(),
                        compact(l.get("event")), l.get("event")))
                .toList();
    }

    /** The websocket events one app received, in recorded order. */
    public List<WsEvent> events(String app) {
        return events().stream().filter(e -> e.app().equals(app)).toList();
    }

    /** Every REST request paired with its response, in request order. */
    public List<HttpExchange> http() {
        Map<Long, JsonNode> responses = new HashMap<>();
        lines.stream().filter(l -> "http_response".equals(l.path("kind").asText()))
                .forEach(l -> responses.put(l.path("req_seq").asLong(), l));
        return lines.stream().filter(l -> "http_request".equals(l.path("kind").asText())).map(l -> {
            JsonNode response = responses.get(l.path("seq").asLong());
            return new HttpExchange(l.path("seq").asLong(), l.path("method").asText(), l.path("path").asText(),
                    nullIfNull(l.get("body")), response == null ? 0 : response.path("status").asInt(),
                    response == null ? null : nullIfNull(response.get("body")));
        }).toList();
    }

    /** The {@code note} lines (recorder actions, Asterisk log copies). */
    public List<JsonNode> notes() {
        return lines.stream().filter(l -> "note".equals(l.path("kind").asText())).toList();
    }

    private static JsonNode nullIfNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write back a parsed JSON tree", e);
        }
    }
}
