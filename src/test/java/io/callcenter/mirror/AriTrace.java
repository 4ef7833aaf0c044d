package io.callcenter.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.ari.events.AriEventParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a recorded trace ({@code src/test/resources/ari-traces/<name>.jsonl}) and turns the websocket events of one
 * app into {@link ReceivedEvent}s, as a connection would deliver them: raw frame, parsed message, receive time =
 * the scenario's start + the line's {@code t_ms}.
 */
public final class AriTrace {

    private AriTrace() {
    }

    public static List<ReceivedEvent> events(String name, String app, String server, String asteriskId) {
        List<ReceivedEvent> events = new ArrayList<>();
        Instant start = null;
        for (JsonNode line : lines(name)) {
            if (start == null && line.hasNonNull("started_at")) {
                start = Instant.parse(line.get("started_at").asText());
            }
            if (!"ws_event".equals(line.path("kind").asText()) || !app.equals(line.path("app").asText())) {
                continue;
            }
            String raw = line.get("event").toString();
            Instant received = start.plusMillis(line.path("t_ms").asLong());
            events.add(new ReceivedEvent(server, asteriskId, line.path("seq").asLong(), received, raw,
                    AriEventParser.parse(raw)));
        }
        return events;
    }

    /** The number of distinct frames (identical repeats count once), as {@code ari_event} keeps them. */
    public static long distinct(List<ReceivedEvent> events) {
        return events.stream().map(ReceivedEvent::rawJson).distinct().count();
    }

    /** The body of the first successful {@code GET path} answered after line {@code afterSeq}. */
    public static JsonNode getAfter(String name, String path, long afterSeq) {
        for (JsonNode line : lines(name)) {
            if (line.path("seq").asLong() > afterSeq && "http_response".equals(line.path("kind").asText())
                    && "GET".equals(line.path("method").asText()) && path.equals(line.path("path").asText())
                    && line.path("status").asInt() == 200) {
                return line.get("body");
            }
        }
        throw new IllegalArgumentException("No GET " + path + " after line " + afterSeq + " in " + name);
    }

    /** A resync snapshot made of the trace's first {@code GET /ari/channels} and {@code /ari/bridges} after a line. */
    public static ResyncSnapshot snapshot(String name, long afterSeq, String server, String asteriskId,
            Instant takenAt) {
        try {
            ObjectMapper m = AriEventParser.mapper();
            List<Channel> channels = m.readerForListOf(Channel.class)
                    .readValue(getAfter(name, "/ari/channels", afterSeq));
            List<Bridge> bridges = m.readerForListOf(Bridge.class).readValue(getAfter(name, "/ari/bridges", afterSeq));
            return new ResyncSnapshot(server, asteriskId, takenAt, channels, bridges, List.of(), List.of(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of the trace, parsed. */
    public static List<JsonNode> lines(String name) {
        String path = "/ari-traces/" + name + ".jsonl";
        try (InputStream in = AriTrace.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No trace " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<JsonNode> lines = new ArrayList<>();
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                if (!l.isBlank()) {
                    lines.add(AriEventParser.mapper().readTree(l));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
