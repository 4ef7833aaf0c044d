package io.callcenter.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares recorded and simulated events of one app, per subject (channel, bridge, playback, device, ...), in order, with
 * field sets and values; ids and times are masked. Interleaving across subjects is not compared: Asterisk itself does not
 * fix it (finding 1) and the simulator's scaled clock changes it.
 *
 * <p>Tolerated differences, each with its reason:
 * <ul>
 * <li>{@link #MASKED}: ids, times and values derived from them (names' hex suffix, SIP call ids, RTP QoS reports) differ
 * per run on a real Asterisk too.</li>
 * <li>RTPAUDIOQOS*BRIDGED variables are not simulated: they are the bridged copy of the peer's RTP report.</li>
 * <li>An event identical to one of the two before it on the same subject is dropped on both sides: Asterisk repeats
 * DeviceStateChanged and BRIDGEPEER/BRIDGEPVTCALLID two or three times (finding 8); the simulator sends them once.</li>
 * <li>A BYE's first ChannelHangupRequest carries cause 16 in one recorded call and no cause at all in another (finding 2):
 * a missing cause counts as 16.</li>
 * <li>A holding bridge's channel list omits the Announcer channel Asterisk adds to play MoH: the simulator has no such
 * channel (it shows as a channel id that no event ever describes).</li>
 * </ul>
 */
final class EventComparison {

    static final Set<String> MASKED = Set.of("timestamp", "creationtime", "protocol_id", "asterisk_id");

    private EventComparison() {
    }

    static List<String> compare(String app, List<JsonNode> expected, List<JsonNode> actual) {
        Map<String, List<String>> want = bySubject(expected);
        Map<String, List<String>> got = bySubject(actual);
        Set<String> subjects = new LinkedHashSet<>(want.keySet());
        subjects.addAll(got.keySet());
        List<String> diffs = new ArrayList<>();
        for (String subject : subjects) {
            List<String> w = want.getOrDefault(subject, List.of());
            List<String> g = got.getOrDefault(subject, List.of());
            for (int i = 0; i < Math.max(w.size(), g.size()); i++) {
                String a = i < w.size() ? w.get(i) : "<none>";
                String b = i < g.size() ? g.get(i) : "<none>";
                if (!a.equals(b)) {
                    diffs.add(app + " " + subject + " #" + i + "\n   recorded:  " + a + "\n   simulated: " + b);
                    break;
                }
            }
        }
        return diffs;
    }

    /** Event types per subject after tolerances, for pacing and quick looks. */
    static Map<String, List<String>> bySubject(List<JsonNode> events) {
        Set<String> described = new HashSet<>();
        events.forEach(e -> collectChannelIds(e, described));
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode e : events) {
            String var = e.path("variable").asText("");
            if ("ChannelVarset".equals(e.path("type").asText()) && var.startsWith("RTPAUDIOQOS") && var.endsWith("BRIDGED")) {
                continue;
            }
            String norm = sorted(normalize(e, described));
            List<String> list = out.computeIfAbsent(subject(e), k -> new ArrayList<>());
            int n = list.size();
            if ((n >= 1 && list.get(n - 1).equals(norm)) || (n >= 2 && list.get(n - 2).equals(norm))) {
                continue;
            }
            list.add(norm);
        }
        return out;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper SORTED = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** Field order differs between Asterisk's events; compare with keys sorted. */
    private static String sorted(JsonNode n) {
        try {
            return SORTED.writeValueAsString(SORTED.convertValue(n, Object.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(JsonNode e) {
        if (e.has("channel")) {
            return "channel " + e.get("channel").path("id").asText();
        }
        if (e.has("peer") && e.get("peer").has("id")) {
            return "channel " + e.get("peer").path("id").asText();
        }
        if (e.has("playback")) {
            return "playback " + e.get("playback").path("id").asText();
        }
        if (e.has("recording")) {
            return "recording " + e.get("recording").path("name").asText();
        }
        if (e.has("device_state")) {
            return "device " + e.get("device_state").path("name").asText();
        }
        if (e.has("endpoint")) {
            return "endpoint " + e.get("endpoint").path("resource").asText();
        }
        if (e.has("bridge")) {
            return "bridge " + e.get("bridge").path("id").asText();
        }
        return e.path("type").asText() + " " + e.path("eventname").asText(e.path("variable").asText(""));
    }

    private static void collectChannelIds(JsonNode n, Set<String> ids) {
        if (n.isObject()) {
            if (n.has("accountcode") && n.has("id")) {
                ids.add(n.get("id").asText());
            }
            n.elements().forEachRemaining(c -> collectChannelIds(c, ids));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collectChannelIds(c, ids));
        }
    }

    static JsonNode normalize(JsonNode event, Set<String> described) {
        JsonNode copy = event.deepCopy();
        mask(copy, described);
        if (copy.isObject() && "ChannelHangupRequest".equals(copy.path("type").asText()) && !copy.has("cause")) {
            ((ObjectNode) copy).put("cause", 16);
        }
        if (copy.isObject() && "ChannelVarset".equals(copy.path("type").asText())) {
            ObjectNode o = (ObjectNode) copy;
            String var = o.path("variable").asText();
            if (var.startsWith("RTPAUDIOQOS") || var.equals("BRIDGEPVTCALLID") && !o.path("value").asText().isEmpty()) {
                o.put("value", "*");
            } else if (var.equals("BRIDGEPEER")) {
                o.put("value", stripName(o.path("value").asText()));
            }
        }
        return copy;
    }

    private static void mask(JsonNode n, Set<String> described) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            for (String key : MASKED) {
                if (o.has(key)) {
                    o.put(key, "*");
                }
            }
            if (o.has("accountcode") && o.has("name")) {
                o.put("name", stripName(o.get("name").asText()));
            }
            if ("holding".equals(o.path("bridge_type").asText()) && o.get("channels") instanceof ArrayNode a) {
                ArrayNode kept = a.arrayNode();
                a.forEach(id -> {
                    if (described.contains(id.asText())) {
                        kept.add(id);
                    }
                });
                o.set("channels", kept);
            }
            o.elements().forEachRemaining(c -> mask(c, described));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> mask(c, described));
        }
    }

    private static String stripName(String name) {
        return name.replaceAll("-[0-9a-f]{8}(;[12])?$", "-XXXXXXXX$1");
    }
}
