package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** A PJSIP endpoint: an agent phone or the trunk; online while it has a contact. */
public final class SimEndpoint {

    final String technology;
    final String resource;
    boolean online;
    final Set<String> channelIds = new LinkedHashSet<>();

    SimEndpoint(String technology, String resource, boolean online) {
        this.technology = technology;
        this.resource = resource;
        this.online = online;
    }

    String key() {
        return technology + "/" + resource;
    }

    ObjectNode json(Ev ev) {
        ObjectNode n = ev.object();
        n.put("technology", technology).put("resource", resource).put("state", online ? "online" : "offline");
        ArrayNode ids = n.putArray("channel_ids");
        channelIds.forEach(ids::add);
        return n;
    }
}
