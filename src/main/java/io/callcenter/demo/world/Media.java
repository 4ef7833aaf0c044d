package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Playbacks (finishing after the media's length, finding 10) and recordings (finding 11) on channels and bridges. */
public final class Media {

    private final World w;
    final Map<String, SimPlayback> playbacks = new ConcurrentHashMap<>();
    final Recordings recordings;

    Media(World w) {
        this.w = w;
        this.recordings = new Recordings(w);
    }

    public Recordings recordings() {
        return recordings;
    }

    /** Starts a playback on "channel:ID" or "bridge:ID"; answers 'queued' like Asterisk, PlaybackStarted follows. */
    ObjectNode play(String targetUri, String mediaParam, String lang, String playbackId) {
        if (mediaParam == null || mediaParam.isBlank()) {
            throw AriFault.missing("media");
        }
        String id = playbackId == null || playbackId.isBlank() ? UUID.randomUUID().toString() : playbackId;
        if (playbacks.containsKey(id)) {
            throw new AriFault(409, "Playback with id '" + id + "' already exists");
        }
        List<String> media = List.of(mediaParam.split(","));
        SimPlayback pb = new SimPlayback(id, media, targetUri, lang == null ? "en" : lang);
        playbacks.put(id, pb);
        ObjectNode answer = pb.json(w.ev);
        if (w.settings.races()) {
            start(pb);
        } else {
            w.clock.soon(() -> start(pb));
        }
        return answer;
    }

    public ObjectNode get(String id) {
        SimPlayback pb = playbacks.get(id);
        if (pb == null) {
            throw AriFault.notFound("Playback");
        }
        synchronized (w) {
            return pb.json(w.ev);
        }
    }

    /** DELETE /playbacks/{id}: a stopped prompt finishes with state {@code done} (finding 10). */
    public void stop(String id) {
        synchronized (w) {
            SimPlayback pb = playbacks.get(id);
            if (pb == null) {
                throw AriFault.notFound("Playback");
            }
            finish(pb, "done");
        }
    }

    public void control(String id, String operation) {
        synchronized (w) {
            SimPlayback pb = playbacks.get(id);
            if (pb == null) {
                throw AriFault.notFound("Playback");
            }
            if (operation == null) {
                throw AriFault.missing("operation");
            }
            if (!List.of("restart", "pause", "unpause", "reverse", "forward").contains(operation)) {
                throw AriFault.badRequest("Invalid operation " + operation);
            }
            if (!"playing".equals(pb.state) && !"paused".equals(pb.state)) {
                throw new AriFault(409, "Playback not in a valid state");
            }
            pb.state = switch (operation) {
                case "pause" -> "paused";
                case "unpause" -> "playing";
                default -> pb.state;
            };
        }
    }

    /** Everything playing or recording on a target that goes away ends now. */
    void stopFor(String targetUri) {
        for (SimPlayback pb : new ArrayList<>(playbacks.values())) {
            if (pb.targetUri.equals(targetUri)) {
                finish(pb, "done");
            }
        }
        recordings.stopFor(targetUri);
    }

    private void start(SimPlayback pb) {
        if (!playbacks.containsKey(pb.id)) {
            return;
        }
        pb.state = "playing";
        emit("PlaybackStarted", pb);
        long length = Sounds.length(pb.current(), recordings.lengths());
        if (length < 0) {
            finish(pb, "failed");
            return;
        }
        pb.timer = w.clock.after(length, () -> next(pb));
    }

    private void next(SimPlayback pb) {
        if (!playbacks.containsKey(pb.id)) {
            return;
        }
        if (pb.index + 1 >= pb.media.size()) {
            finish(pb, "done");
            return;
        }
        pb.state = "continuing";
        emit("PlaybackContinuing", pb);
        pb.index++;
        start(pb);
    }

    private void finish(SimPlayback pb, String state) {
        w.clock.cancel(pb.timer);
        playbacks.remove(pb.id);
        pb.state = state;
        emit("PlaybackFinished", pb);
    }

    private void emit(String type, SimPlayback pb) {
        ObjectNode e = w.ev.event(type);
        e.set("playback", pb.json(w.ev));
        w.emit(e, scope(pb.targetUri));
    }

    static SimApp.Scope scope(String targetUri) {
        if (targetUri.startsWith("bridge:")) {
            return SimApp.Scope.bridge(targetUri.substring(7));
        }
        return SimApp.Scope.channel(targetUri.substring(targetUri.indexOf(':') + 1));
    }
}
