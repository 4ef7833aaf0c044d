package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Bridge operations and the events Asterisk emits for them (membership, BRIDGEPEER, connected line, holding-bridge MoH). */
public final class Bridges {

    private final World w;

    Bridges(World w) {
        this.w = w;
    }

    public ArrayNode list() {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            w.bridges.values().forEach(b -> a.add(b.json(w.ev)));
            return a;
        }
    }

    public ObjectNode get(String id) {
        synchronized (w) {
            return w.bridge(id).json(w.ev);
        }
    }

    /** POST /bridges and /bridges/{id}: 409 for an existing id. */
    public ObjectNode create(String type, String id, String name) {
        synchronized (w) {
            String bridgeId = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
            if (w.bridges.containsKey(bridgeId)) {
                throw new AriFault(409, "Bridge with id '" + bridgeId + "' already exists");
            }
            String kind = type != null && type.contains("holding") ? "holding" : "mixing";
            SimBridge b = new SimBridge(bridgeId, name == null ? "" : name, kind, w.clock.now());
            w.bridges.put(bridgeId, b);
            ObjectNode e = w.ev.event("BridgeCreated");
            e.set("bridge", b.json(w.ev));
            w.emit(e, SimApp.Scope.bridge(bridgeId));
            return b.json(w.ev);
        }
    }

    public void destroy(String id) {
        synchronized (w) {
            SimBridge b = w.bridge(id);
            for (String chId : new ArrayList<>(b.channels)) {
                leave(b, w.channels.get(chId), false);
            }
            w.media.stopFor("bridge:" + id);
            ObjectNode e = w.ev.event("BridgeDestroyed");
            e.set("bridge", b.json(w.ev));
            w.emit(e, SimApp.Scope.bridge(id));
            w.bridges.remove(id);
            w.apps.values().forEach(a -> a.bridges.remove(id));
        }
    }

    /** addChannel: 404 bridge, 400 unknown channel, 422 channel not in Stasis; a member of another bridge moves. */
    public void add(String bridgeId, List<String> channelIds) {
        synchronized (w) {
            SimBridge b = w.bridge(bridgeId);
            List<SimChannel> list = resolve(channelIds);
            for (SimChannel ch : list) {
                if (ch.stasisApp == null) {
                    throw new AriFault(422, "Channel not in Stasis application");
                }
            }
            for (SimChannel ch : list) {
                if (ch.bridgeId != null && !ch.bridgeId.equals(bridgeId)) {
                    leave(w.bridges.get(ch.bridgeId), ch, true);
                }
                if (!b.channels.contains(ch.id)) {
                    join(b, ch);
                }
            }
            peers(b);
        }
    }

    public void remove(String bridgeId, List<String> channelIds) {
        synchronized (w) {
            SimBridge b = w.bridge(bridgeId);
            List<SimChannel> list = resolve(channelIds);
            for (SimChannel ch : list) {
                if (!b.channels.contains(ch.id)) {
                    throw new AriFault(422, "Channel not in this bridge");
                }
            }
            list.forEach(ch -> leave(b, ch, true));
        }
    }

    /** MoH on a bridge (holding bridges play it through an Announcer channel). */
    public void moh(String bridgeId, String mohClass) {
        synchronized (w) {
            w.bridge(bridgeId).mohClass = mohClass == null ? "default" : mohClass;
        }
    }

    public void stopMoh(String bridgeId) {
        synchronized (w) {
            w.bridge(bridgeId).mohClass = null;
        }
    }

    public ObjectNode play(String bridgeId, String media, String lang, String playbackId) {
        synchronized (w) {
            w.bridge(bridgeId);
            return w.media.play("bridge:" + bridgeId, media, lang, playbackId);
        }
    }

    public ObjectNode record(String bridgeId, String name, String format, int maxSeconds, String ifExists) {
        synchronized (w) {
            w.bridge(bridgeId);
            return w.media.recordings.record("bridge:" + bridgeId, name, format, maxSeconds, ifExists);
        }
    }

    private List<SimChannel> resolve(List<String> ids) {
        if (ids.isEmpty()) {
            throw AriFault.missing("channel");
        }
        List<SimChannel> list = new ArrayList<>();
        for (String id : ids) {
            SimChannel ch = w.channels.get(id);
            if (ch == null) {
                throw AriFault.badRequest("Channel not found");
            }
            list.add(ch);
        }
        return list;
    }

    private void join(SimBridge b, SimChannel ch) {
        b.channels.add(ch.id);
        ch.bridgeId = b.id;
        if (ch.stasisApp != null && w.apps.containsKey(ch.stasisApp)) {
            w.apps.get(ch.stasisApp).addBridge(b.id);
        }
        ObjectNode e = w.channelEvent("ChannelEnteredBridge", ch);
        e.set("bridge", b.json(w.ev));
        w.emit(e, new SimApp.Scope(ch.id, b.id, null, null, null));
    }

    /** Two parties in a mixing bridge: BRIDGEPEER/BRIDGEPVTCALLID for each (last joiner first), then the connected line update. */
    private void peers(SimBridge b) {
        if (b.holding() || b.channels.size() != 2) {
            return;
        }
        SimChannel first = w.channels.get(b.channels.get(0));
        SimChannel second = w.channels.get(b.channels.get(1));
        for (SimChannel[] pair : new SimChannel[][] {{second, first}, {first, second}}) {
            w.varset(pair[0], "BRIDGEPEER", pair[1].name);
            w.varset(pair[0], "BRIDGEPVTCALLID", pair[1].protocolId);
        }
        for (SimChannel c : new SimChannel[] {first, second}) {
            if (c.kind == SimChannel.Kind.INBOUND) {
                w.hooks.connected(c.id);
            }
        }
        if (first.isSip() && second.isSip()) {
            b.technology = "native_rtp";
        }
        for (SimChannel[] pair : new SimChannel[][] {{first, second}, {second, first}}) {
            if (!pair[0].connectedNumber.equals(pair[1].callerNumber) || !pair[0].connectedName.equals(pair[1].callerName)) {
                pair[0].connectedName = pair[1].callerName;
                pair[0].connectedNumber = pair[1].callerNumber;
                w.emitChannel("ChannelConnectedLine", pair[0]);
            }
        }
    }

    /** A channel leaves (removeChannel, hangup, bridge destroyed); only removeChannel drops the app's bridge subscription. */
    void leave(SimBridge b, SimChannel ch, boolean byRequest) {
        if (!ch.vars.getOrDefault("BRIDGEPEER", "").isEmpty()) {
            w.varset(ch, "BRIDGEPEER", "");
            w.varset(ch, "BRIDGEPVTCALLID", "");
        }
        b.channels.remove(ch.id);
        ch.bridgeId = null;
        ObjectNode e = w.channelEvent("ChannelLeftBridge", ch);
        e.set("bridge", b.json(w.ev));
        w.emit(e, new SimApp.Scope(ch.id, b.id, null, null, null));
        if (b.channels.size() < 2 && !b.holding()) {
            b.technology = "simple_bridge";
        }
        if (byRequest && ch.stasisApp != null && w.apps.containsKey(ch.stasisApp)) {
            w.apps.get(ch.stasisApp).dropBridge(b.id);
        }
        if (b.holding() && b.mohClass != null && b.channels.isEmpty()) {
            if (byRequest) {
                w.deviceStates.derive("Announcer/ARI_MOH", "INUSE", true);
            }
            w.deviceStates.derive("Announcer/ARI_MOH", "UNKNOWN", true);
        }
    }
}
