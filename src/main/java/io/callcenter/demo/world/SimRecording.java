package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A live recording of a channel or bridge. */
final class SimRecording {

    final String name;
    final String format;
    final String targetUri;
    final int maxSeconds;
    String state = "queued";
    Instant started;
    long timer;
    Integer duration;

    SimRecording(String name, String format, String targetUri, int maxSeconds) {
        this.name = name;
        this.format = format;
        this.targetUri = targetUri;
        this.maxSeconds = maxSeconds;
    }

    ObjectNode json(Ev ev) {
        ObjectNode n = ev.object().put("name", name).put("format", format).put("state", state).put("target_uri", targetUri);
        if (duration != null) {
            n.put("duration", duration);
        }
        return n;
    }
}
