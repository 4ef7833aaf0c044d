package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Live recordings (RecordingFinished ~0.7 s after maxDurationSeconds, finding 11) and the stored ones they leave behind. */
public final class Recordings {

    private final World w;
    private final Map<String, SimRecording> live = new LinkedHashMap<>();
    private final Map<String, String[]> stored = new LinkedHashMap<>();

    Recordings(World w) {
        this.w = w;
    }

    ObjectNode record(String targetUri, String name, String format, int maxSeconds, String ifExists) {
        if (name == null || name.isBlank()) {
            throw AriFault.missing("name");
        }
        if (format == null || format.isBlank()) {
            throw AriFault.missing("format");
        }
        if (!Set.of("wav", "gsm", "ulaw", "alaw", "sln", "g722", "wav16", "ogg").contains(format)) {
            throw new AriFault(422, "Recording format '" + format + "' not supported");
        }
        if (live.containsKey(name)) {
            throw new AriFault(409, "Recording '" + name + "' already in progress");
        }
        if (stored.containsKey(name) && (ifExists == null || "fail".equals(ifExists))) {
            throw new AriFault(422, "Recording already exists");
        }
        SimRecording r = new SimRecording(name, format, targetUri, maxSeconds);
        live.put(name, r);
        ObjectNode answer = r.json(w.ev);
        r.state = "recording";
        r.started = w.clock.now();
        ObjectNode e = w.ev.event("RecordingStarted");
        e.set("recording", r.json(w.ev));
        w.emit(e, Media.scope(targetUri));
        if (maxSeconds > 0) {
            r.timer = w.clock.after(maxSeconds * 1000L + 700, () -> finish(r, maxSeconds));
        }
        return answer;
    }

    public ObjectNode live(String name) {
        synchronized (w) {
            return find(name).json(w.ev);
        }
    }

    /** stop / cancel (DELETE discards the file) / pause / unpause / mute / unmute. */
    public void control(String name, String operation) {
        synchronized (w) {
            SimRecording r = find(name);
            switch (operation) {
                case "stop" -> finish(r, elapsed(r));
                case "cancel" -> {
                    finish(r, elapsed(r));
                    stored.remove(name);
                }
                case "pause", "unpause", "mute", "unmute" -> r.state = "pause".equals(operation) ? "paused" : "recording";
                default -> throw AriFault.badRequest("Invalid operation " + operation);
            }
        }
    }

    public ArrayNode stored() {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            stored.forEach((name, f) -> a.add(storedJson(name, f[0])));
            return a;
        }
    }

    public ObjectNode stored(String name) {
        synchronized (w) {
            String[] f = stored.get(name);
            if (f == null) {
                throw AriFault.notFound("Recording");
            }
            return storedJson(name, f[0]);
        }
    }

    /** The stored file and its content type {@code audio/<format>} as Asterisk sends it; only WAV formats are synthesized. */
    public StoredFile file(String name) {
        synchronized (w) {
            String[] f = stored.get(name);
            if (f == null) {
                throw AriFault.notFound("Recording");
            }
            int rate = switch (f[0]) {
                case "wav" -> 8000;
                case "wav16" -> 16000;
                // what Asterisk answers when the recording's format module is not loaded
                default -> throw new AriFault(500, "Format specified by recording not available or loaded");
            };
            return new StoredFile("audio/" + f[0], WavFile.synthesize(Integer.parseInt(f[1]), rate));
        }
    }

    /** A stored recording's bytes with their content type. */
    public record StoredFile(String contentType, byte[] bytes) {
    }

    public void deleteStored(String name) {
        synchronized (w) {
            if (stored.remove(name) == null) {
                throw AriFault.notFound("Recording");
            }
        }
    }

    public ObjectNode copy(String name, String destination) {
        synchronized (w) {
            String[] f = stored.get(name);
            if (f == null) {
                throw AriFault.notFound("Recording");
            }
            if (destination == null || destination.isBlank()) {
                throw AriFault.missing("destinationRecordingName");
            }
            if (stored.containsKey(destination)) {
                throw new AriFault(409, "A recording with the same name already exists on the system");
            }
            stored.put(destination, f.clone());
            return storedJson(destination, f[0]);
        }
    }

    Map<String, Long> lengths() {
        Map<String, Long> m = new LinkedHashMap<>();
        stored.forEach((name, f) -> m.put(name, Long.parseLong(f[1]) * 1000));
        return m;
    }

    void stopFor(String targetUri) {
        for (SimRecording r : new ArrayList<>(live.values())) {
            if (r.targetUri.equals(targetUri)) {
                finish(r, elapsed(r));
            }
        }
    }

    private void finish(SimRecording r, int seconds) {
        w.clock.cancel(r.timer);
        live.remove(r.name);
        r.state = "done";
        r.duration = seconds;
        stored.put(r.name, new String[] {r.format, String.valueOf(seconds)});
        ObjectNode e = w.ev.event("RecordingFinished");
        e.set("recording", r.json(w.ev));
        w.emit(e, Media.scope(r.targetUri));
    }

    private int elapsed(SimRecording r) {
        return (int) (Duration.between(r.started, w.clock.now()).toMillis() / Math.max(1e-6, w.settings.timeScale()) / 1000);
    }

    private SimRecording find(String name) {
        SimRecording r = live.get(name);
        if (r == null) {
            throw AriFault.notFound("Recording");
        }
        return r;
    }

    private ObjectNode storedJson(String name, String format) {
        return w.ev.object().put("name", name).put("format", format);
    }
}
