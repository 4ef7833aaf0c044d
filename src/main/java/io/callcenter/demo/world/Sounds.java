package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sounds the demo PBX knows, with their lengths (measured in the traces where they appear); anything else fails to play. */
public final class Sounds {

    static final Map<String, Long> LENGTH_MS = new LinkedHashMap<>();

    static {
        LENGTH_MS.put("vm-goodbye", 820L);
        LENGTH_MS.put("agent-newcall", 1200L);
        LENGTH_MS.put("queue-thankyou", 1900L);
        LENGTH_MS.put("queue-youarenext", 1330L);
        LENGTH_MS.put("hello-world", 1030L);
        LENGTH_MS.put("beep", 250L);
        LENGTH_MS.put("queue-periodic-announce", 3400L);
        LENGTH_MS.put("queue-thereare", 1000L);
        LENGTH_MS.put("queue-callswaiting", 1300L);
        LENGTH_MS.put("queue-holdtime", 1900L);
        LENGTH_MS.put("queue-minutes", 700L);
        LENGTH_MS.put("pls-hold-while-try", 2100L);
    }

    private Sounds() {
    }

    /** Length of a media URI in ms, or -1 when it cannot be played (unknown sound, bad scheme). */
    static long length(String mediaUri, Map<String, Long> recordings) {
        int colon = mediaUri.indexOf(':');
        if (colon < 0) {
            return -1;
        }
        String scheme = mediaUri.substring(0, colon);
        String value = mediaUri.substring(colon + 1);
        return switch (scheme) {
            case "sound" -> LENGTH_MS.getOrDefault(value, -1L);
            case "digits", "number", "characters" -> value.isEmpty() ? -1 : 600L * value.length();
            case "tone" -> 3_600_000L;
            case "recording" -> recordings.getOrDefault(value, -1L);
            default -> -1;
        };
    }

    public static ArrayNode list(Ev ev) {
        ArrayNode a = ev.object().arrayNode();
        LENGTH_MS.keySet().forEach(id -> a.add(json(ev, id)));
        return a;
    }

    public static ObjectNode get(Ev ev, String id) {
        if (!LENGTH_MS.containsKey(id)) {
            throw AriFault.notFound("Sound");
        }
        return json(ev, id);
    }

    private static ObjectNode json(Ev ev, String id) {
        ObjectNode n = ev.object().put("id", id);
        n.putArray("formats").addObject().put("language", "en").put("format", "slin");
        return n;
    }
}
