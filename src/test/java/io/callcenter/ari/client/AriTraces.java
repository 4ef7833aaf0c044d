package io.callcenter.ari.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the recorded ARI traces in {@code src/test/resources/ari-traces} (one JSON object per line). */
public final class AriTraces {

    /** Every trace file recorded from Asterisk 22.10.1. */
    public static final List<String> FILES = List.of("rest-catalog", "inbound-queue-answered", "inbound-queue-answered-app-only",
            "inbound-queue-abandoned", "agent-no-answer", "originate-continue-dialplan", "dtmf-playback-recording",
            "device-states-user-events", "websocket-reconnect");

    private AriTraces() {
    }

    /** All lines of a trace, parsed. */
    public static List<JsonNode> lines(String trace) {
        String resource = "/ari-traces/" + trace + ".jsonl";
        try (InputStream in = AriTraces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<JsonNode> result = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    result.add(AriEventParser.mapper().readTree(line));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw websocket events of a trace, in recorded order. */
    public static List<JsonNode> events(String trace) {
        return lines(trace).stream().filter(l -> "ws_event".equals(l.path("kind").asText()))
                .map(l -> l.get("event")).toList();
    }

    /** The response line with this seq, as Asterisk sent it. */
    public static JsonNode response(String trace, int seq) {
        return lines(trace).stream()
                .filter(l -> "http_response".equals(l.path("kind").asText()) && l.path("seq").asInt() == seq)
                .findFirst().orElseThrow(() -> new IllegalStateException(trace + " has no response with seq " + seq));
    }

    /** The first response to {@code method} on exactly {@code path} with this status. */
    public static JsonNode response(String trace, String method, String path, int status) {
        return lines(trace).stream()
                .filter(l -> "http_response".equals(l.path("kind").asText()) && method.equals(l.path("method").asText())
                        && path.equals(l.path("path").asText()) && l.path("status").asInt() == status)
                .findFirst().orElseThrow(() -> new IllegalStateException(trace + " has no " + status + " for " + method + " " + path));
    }
}
