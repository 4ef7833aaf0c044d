package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A playback: a playlist (one comma-separated {@code media}) played item by item on a channel or bridge. */
final class SimPlayback {

    final String id;
    final List<String> media;
    final String targetUri;
    final String language;
    int index;
    String state = "queued";
    long timer;

    SimPlayback(String id, List<String> media, String targetUri, String language) {
        this.id = id;
        this.media = media;
        this.targetUri = targetUri;
        this.language = language;
    }

    String current() {
        return media.get(index);
    }

    ObjectNode json(Ev ev) {
        ObjectNode n = ev.object().put("id", id).put("media_uri", current());
        if (index + 1 < media.size()) {
            n.put("next_media_uri", media.get(index + 1));
        }
        return n.put("target_uri", targetUri).put("language", language).put("state", state);
    }
}
