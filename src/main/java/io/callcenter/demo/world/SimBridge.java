package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One simulated bridge (mixing or holding) and its members in join order. */
public final class SimBridge {

    final String id;
    final String name;
    final String type;
    final Instant created;
    final List<String> channels = new ArrayList<>();
    String technology;
    String mohClass;
    String playbackId;
    String recordingName;

    SimBridge(String id, String name, String type, Instant created) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.created = created;
        this.technology = "holding".equals(type) ? "holding_bridge" : "simple_bridge";
    }

    boolean holding() {
        return "holding".equals(type);
    }

    ObjectNode json(Ev ev) {
        ObjectNode n = ev.object();
        n.put("id", id).put("technology", technology).put("bridge_type", type).put("bridge_class", "stasis")
                .put("creator", "Stasis").put("name", name);
        ArrayNode members = n.putArray("channels");
        channels.forEach(members::add);
        n.put("creationtime", Ev.time(created)).put("video_mode", "talker");
        return n;
    }
}
