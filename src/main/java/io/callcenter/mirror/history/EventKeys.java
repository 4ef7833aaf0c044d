package io.callcenter.mirror.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcenter.ari.events.AriMessage;
import io.callcenter.ari.events.BridgeEvent;
import io.callcenter.ari.events.ChannelEvent;
import io.callcenter.ari.events.Dial;
import io.callcenter.ari.events.PlaybackContinuing;
import io.callcenter.ari.events.PlaybackFinished;
import io.callcenter.ari.events.PlaybackStarted;
import io.callcenter.ari.events.RecordingFailed;
import io.callcenter.ari.events.RecordingFinished;
import io.callcenter.ari.events.RecordingStarted;
import io.callcenter.ari.events.UnknownEvent;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;

/** The channel and bridge an event is about, for the {@code ari_event} columns (the channel one is indexed). */
record EventKeys(String channelId, String bridgeId) {

    static EventKeys of(AriMessage m) {
        String channel = null;
        String bridge = null;
        if (m instanceof ChannelEvent e) {
            channel = id(e.channel());
        }
        if (m instanceof BridgeEvent e) {
            bridge = id(e.bridge());
        }
        if (m instanceof Dial d) {
            channel = d.peer() != null ? id(d.peer()) : id(d.caller());
        }
        String target = target(m);
        if (target != null && target.startsWith("channel:")) {
            channel = target.substring("channel:".length());
        } else if (target != null && target.startsWith("bridge:")) {
            bridge = target.substring("bridge:".length());
        }
        if (m instanceof UnknownEvent u) {
            channel = text(u.raw().path("channel").path("id"));
            bridge = text(u.raw().path("bridge").path("id"));
        }
        return new EventKeys(channel, bridge);
    }

    private static String target(AriMessage m) {
        if (m instanceof PlaybackStarted e && e.playback() != null) {
            return e.playback().targetUri();
        } else if (m instanceof PlaybackContinuing e && e.playback() != null) {
            return e.playback().targetUri();
        } else if (m instanceof PlaybackFinished e && e.playback() != null) {
            return e.playback().targetUri();
        } else if (m instanceof RecordingStarted e && e.recording() != null) {
            return e.recording().targetUri();
        } else if (m instanceof RecordingFinished e && e.recording() != null) {
            return e.recording().targetUri();
        } else if (m instanceof RecordingFailed e && e.recording() != null) {
            return e.recording().targetUri();
        }
        return null;
    }

    private static String id(Channel c) {
        return c == null ? null : c.id();
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    private static String id(Bridge b) {
        return b == null ? null : b.id();
    }
}
