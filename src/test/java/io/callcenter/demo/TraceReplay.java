package io.callcenter.demo;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Replays one recorded trace against the demo PBX: the trace's REST requests in order (ids are the recorder's own, so
 * nothing needs substituting; inbound channels get the recorded ids through the driver) and its SIP side as stimuli.
 * Before each action it waits until the events the recording shows before it have arrived (or a short timeout).
 */
final class TraceReplay {

    private final List<JsonNode> lines = new ArrayList<>();
    private final Map<Integer, JsonNode> responses = new HashMap<>();
    final Map<String, List<JsonNode>> expected = new LinkedHashMap<>();
    final Map<String, AriTestClient.Events> sockets = new LinkedHashMap<>();
    final List<String> restDiffs = new ArrayList<>();
    private final Map<String, String> partyChannel = new HashMap<>();
    private final Set<String> usedChannels = new HashSet<>();
    /** Where pacing gave up waiting (expected/received per app): slow replays point at a missing event. */
    final List<String> stalls = new ArrayList<>();

    TraceReplay(String file) {
        try (InputStream in = TraceReplay.class.getResourceAsStream("/ari-traces/" + file)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = AriEventParser.mapper().readTree(line);
                    if ("http_response".equals(n.path("kind").asText())) {
                        responses.put(n.get("req_seq").asInt(), n);
                    } else {
                        lines.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
        // SIP lines land late in the file; their own clock puts them where they happened (trace README)
        lines.sort(Comparator.comparingLong(TraceReplay::time).thenComparingInt(n -> "sip".equals(n.path("kind").asText()) ? 0 : 1)
                .thenComparingInt(n -> n.path("seq").asInt()));
    }

    private static long time(JsonNode n) {
        return n.has("sipp_t_ms") ? n.get("sipp_t_ms").asLong() : n.path("t_ms").asLong();
    }

    void run(DemoPbxHarness pbx) {
        AriTestClient client = pbx.client();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            switch (line.path("kind").asText()) {
                case "ws_event" -> expected.computeIfAbsent(line.get("app").asText(), k -> new ArrayList<>()).add(line.get("event"));
                case "note" -> note(pbx, client, line);
                case "http_request" -> request(client, line);
                case "sip" -> sip(pbx, line, i);
                default -> {
                }
            }
        }
        pace();
    }

    private void note(DemoPbxHarness pbx, AriTestClient client, JsonNode line) {
        String text = line.path("text").asText();
        String app = line.path("app").asText();
        if (text.equals("websocket connected")) {
            pace();
            List<JsonNode> earlier = sockets.containsKey(app) ? sockets.get(app).frames : new java.util.concurrent.CopyOnWriteArrayList<>();
            sockets.put(app, client.events(app, line.path("subscribeAll").asBoolean(), earlier));
            await().atMost(Duration.ofSeconds(5)).until(() -> pbx.world.registry().apps().containsKey(app)
                    && pbx.world.registry().apps().get(app).connected());
        } else if (text.equals("websocket closed by the recorder")) {
            pace();
            sockets.get(app).close();
            await().atMost(Duration.ofSeconds(5)).until(() -> !pbx.world.registry().apps().get(app).connected());
        }
    }

    private void request(AriTestClient client, JsonNode line) {
        pace();
        JsonNode recorded = responses.get(line.get("seq").asInt());
        JsonNode body = line.get("body");
        String path = line.get("path").asText();
        String method = line.get("method").asText();
        AriTestClient.Response r = client.call(method, path, body == null || body.isNull() ? null : body.toString(),
                recorded.get("status").asInt() == 401);
        int want = recorded.get("status").asInt();
        if (r.status() != want) {
            restDiffs.add(method + " " + path + ": recorded " + want + " " + recorded.get("body") + ", simulated " + r.status() + " " + r.body());
        } else if (want >= 400 && !recorded.get("body").equals(r.body())) {
            restDiffs.add(method + " " + path + ": recorded body " + recorded.get("body") + ", simulated " + r.body());
        }
    }

    private void sip(DemoPbxHarness pbx, JsonNode line, int index) {
        if (!"sent".equals(line.path("direction").asText())) {
            return;
        }
        String party = line.path("party").asText();
        String start = line.path("start_line").asText();
        String cseq = line.path("cseq").asText();
        if (party.startsWith("caller") && start.startsWith("INVITE")) {
            pace();
            JsonNode ch = nextInboundChannel(index);
            partyChannel.put(party, ch.get("id").asText());
            pbx.world.stimuli().callerArrives("callcenter", ch.at("/dialplan/exten").asText(), ch.at("/caller/name").asText(),
                    ch.at("/caller/number").asText(), ch.get("id").asText());
        } else if (party.startsWith("caller") && (start.startsWith("BYE") || start.startsWith("CANCEL"))) {
            pace();
            pbx.world.stimuli().callerHangsUp(partyChannel.get(party));
        } else if (party.startsWith("phone-") && start.startsWith("SIP/2.0 200") && cseq.endsWith("INVITE")) {
            pace();
            pbx.world.stimuli().phoneAnswersOn(party.substring("phone-".length()));
        } else if (party.startsWith("phone-") && start.startsWith("REGISTER")) {
            pace();
            pbx.world.stimuli().registration(party.substring("phone-".length()), !line.path("message").asText().contains("Expires: 0"));
        }
    }

    private JsonNode nextInboundChannel(int from) {
        for (int i = from; i < lines.size(); i++) {
            JsonNode ev = lines.get(i).path("event");
            // app-only recordings have no ChannelCreated: the first event of a new trunk channel will do
            if (ev.at("/channel/name").asText().startsWith("PJSIP/trunk") && usedChannels.add(ev.at("/channel/id").asText())) {
                return ev.get("channel");
            }
        }
        throw new IllegalStateException("no inbound channel follows line " + lines.get(from));
    }

    /** Waits until every app has received at least as many (tolerance-filtered) events as recorded so far. */
    private void pace() {
        try {
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(5)).until(this::caughtUp);
        } catch (ConditionTimeoutException e) {
            // a missing event shows up in the comparison; carry on with the script
            stalls.add(expected.entrySet().stream().map(x -> x.getKey() + " " + count(x.getValue()) + "/"
                    + (sockets.containsKey(x.getKey()) ? count(sockets.get(x.getKey()).frames) : 0)).toList().toString());
        }
    }

    private boolean caughtUp() {
        for (Map.Entry<String, List<JsonNode>> e : expected.entrySet()) {
            AriTestClient.Events s = sockets.get(e.getKey());
            if (s != null && !s.closed && count(s.frames) < count(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static int count(List<JsonNode> events) {
        return EventComparison.bySubject(events).values().stream().mapToInt(List::size).sum();
    }

    List<String> diffs() {
        List<String> diffs = new ArrayList<>(restDiffs);
        for (Map.Entry<String, List<JsonNode>> e : expected.entrySet()) {
            diffs.addAll(EventComparison.compare(e.getKey(), e.getValue(), sockets.get(e.getKey()).frames));
        }
        return diffs;
    }
}
