package io.callcenter.mirror.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriTime;
import io.callcenter.testsupport.ari.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endless stream of calls made of the recorded ones: call {@code n} replays the frames of a recorded call with
 * every channel and bridge id suffixed by {@code n}, the asterisk id replaced and the timestamps moved forward, so
 * every frame is new to the event log (the trace's own repeated frames stay repeated, as Asterisk sends them).
 */
public final class SyntheticCalls {

    /** Calls that end clean (nothing left in the mirror), so a long run keeps the mirror small. */
    public static final List<String> TRACES = List.of("inbound-queue-answered", "inbound-queue-abandoned", "agent-no-answer");
    private static final long CALL_SPACING_MS = 20;
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");
    private static final Pattern ASTERISK_ID = Pattern.compile("\"asterisk_id\":\"[^\"]*\"");

    /** One recorded frame cut into literal parts; between parts: an id (index) or the shifted timestamp (-1). */
    private record Template(List<String> parts, int[] holes, long[] offsetMs) {
    }

    private record Call(List<String> ids, List<Template> frames) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final Instant start;

    public SyntheticCalls(String asteriskId) {
        for (String name : TRACES) {
            Call call = load(Trace.load(name).events("callcenter"), asteriskId);
            calls.add(call);
        }
        this.start = Instant.parse("2026-11-26T19:00:00Z");
    }

    /** The frames of synthetic call {@code n}, in order. */
    public List<String> call(int n) {
        Call call = calls.get(n % calls.size());
        long base = start.toEpochMilli() + n * CALL_SPACING_MS;
        String suffix = "-" + n;
        List<String> out = new ArrayList<>(call.frames().size());
        for (Template t : call.frames()) {
            StringBuilder sb = new StringBuilder(1200).append(t.parts().get(0));
            for (int i = 0; i < t.holes().length; i++) {
                int hole = t.holes()[i];
                if (hole < 0) {
                    sb.append(AriTime.format(Instant.ofEpochMilli(base + t.offsetMs()[i])));
                } else {
                    sb.append(call.ids().get(hole)).append(suffix);
                }
                sb.append(t.parts().get(i + 1));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** How many frames call {@code n} has. */
    public int size(int n) {
        return calls.get(n % calls.size()).frames().size();
    }

    private static Call load(List<Trace.WsEvent> events, String asteriskId) {
        Set<String> idSet = new LinkedHashSet<>();
        for (Trace.WsEvent e : events) {
            for (String field : List.of("channel", "bridge", "peer", "caller")) {
                JsonNode id = e.event().path(field).path("id");
                if (id.isTextual()) {
                    idSet.add(id.asText());
                }
            }
        }
        List<String> ids = List.copyOf(idSet);
        Instant t0 = AriTime.parse(events.get(0).event().path("timestamp").asText());
        List<Template> frames = new ArrayList<>();
        String astField = Matcher.quoteReplacement("\"asterisk_id\":\"" + asteriskId + "\"");
        for (Trace.WsEvent e : events) {
            frames.add(template(ASTERISK_ID.matcher(e.rawJson()).replaceAll(astField), ids, t0));
        }
        return new Call(ids, frames);
    }

    /** Cuts a frame at its ids (quoted, exact) and at its timestamp value. */
    private static Template template(String raw, List<String> ids, Instant t0) {
        List<String> parts = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        int pos = 0;
        while (true) {
            int best = -1;
            int bestHole = 0;
            int bestLen = 0;
            long offset = 0;
            Matcher ts = TIMESTAMP.matcher(raw);
            if (ts.find(pos)) {
                best = ts.start(1);
                bestHole = -1;
                bestLen = ts.end(1) - ts.start(1);
                offset = AriTime.parse(ts.group(1)).toEpochMilli() - t0.toEpochMilli();
            }
            for (int i = 0; i < ids.size(); i++) {
                int at = raw.indexOf("\"" + ids.get(i) + "\"", pos);
                if (at >= 0 && (best < 0 || at + 1 < best)) {
                    best = at + 1;
                    bestHole = i;
                    bestLen = ids.get(i).length();
                }
            }
            if (best < 0) {
                parts.add(raw.substring(pos));
                break;
            }
            parts.add(raw.substring(pos, best));
            holes.add(bestHole);
            offsets.add(bestHole < 0 ? offset : 0);
            pos = best + bestLen;
        }
        return new Template(parts, holes.stream().mapToInt(Integer::intValue).toArray(),
                offsets.stream().mapToLong(Long::longValue).toArray());
    }
}
