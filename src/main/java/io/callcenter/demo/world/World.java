package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The simulated Asterisk: all state behind one lock; the flows (channels, bridges, media, ...) live in their own classes. */
public final class World {

    final WorldSettings settings;
    final SimClock clock;
    final Ev ev;
    final Map<String, SimChannel> channels = new LinkedHashMap<>();
    final Map<String, SimBridge> bridges = new LinkedHashMap<>();
    final Map<String, SimEndpoint> endpoints = new LinkedHashMap<>();
    final Map<String, SimApp> apps = new LinkedHashMap<>();
    final Map<String, String> globals = new HashMap<>();
    final Emitter emitter;
    private int sipSeq = 0xe00;
    private int localSeq = 0x10;
    private int uniqueSeq = 3600;
    private final long uniqueBase = System.currentTimeMillis() / 1000;

    final Channels channelOps;
    final Bridges bridgeOps;
    final Media media;
    final DeviceStates deviceStates;
    final Dialplan dialplan;
    final Stasis stasis;
    final Stimuli stimuli;
    final Registry registry;
    final Mailboxes mailboxes;
    final Snoops snoops;
    /** Told when an inbound caller is answered or gets connected to someone (the traffic model reacts). */
    volatile CallHooks hooks = CallHooks.NONE;

    public World(Vertx vertx, WorldSettings settings) {
        this.settings = settings;
        this.clock = new SimClock(vertx, settings.timeScale(), this);
        this.ev = new Ev(clock);
        this.emitter = new Emitter(apps, settings.asteriskId());
        for (int i = 1; i <= settings.agents(); i++) {
            boolean online = !settings.offline().contains(String.valueOf(1000 + i));
            endpoints.put("PJSIP/" + (1000 + i), new SimEndpoint("PJSIP", String.valueOf(1000 + i), online));
        }
        endpoints.put("PJSIP/trunk", new SimEndpoint("PJSIP", "trunk", true));
        this.deviceStates = new DeviceStates(this);
        this.stasis = new Stasis(this);
        this.bridgeOps = new Bridges(this);
        this.media = new Media(this);
        this.dialplan = new Dialplan(this);
        this.channelOps = new Channels(this);
        this.stimuli = new Stimuli(this);
        this.registry = new Registry(this);
        this.mailboxes = new Mailboxes(this);
        this.snoops = new Snoops(this);
        endpoints.values().forEach(ep -> deviceStates.seed(ep.key(), ep.online ? "NOT_INUSE" : "UNAVAILABLE"));
    }

    /** Installs the traffic model's hooks. */
    public void hooks(CallHooks hooks) {
        this.hooks = hooks;
    }

    public Channels channels() {
        return channelOps;
    }

    public Bridges bridges() {
        return bridgeOps;
    }

    public Media media() {
        return media;
    }

    public DeviceStates deviceStates() {
        return deviceStates;
    }

    public Stimuli stimuli() {
        return stimuli;
    }

    public Mailboxes mailboxes() {
        return mailboxes;
    }

    public Snoops snoops() {
        return snoops;
    }

    public Registry registry() {
        return registry;
    }

    public SimClock clock() {
        return clock;
    }

    public WorldSettings settings() {
        return settings;
    }

    /** Events handed to websockets so far (all apps). */
    public long eventsDelivered() {
        return emitter.delivered();
    }

    /** Channels alive right now. */
    public int channelCount() {
        synchronized (this) {
            return channels.size();
        }
    }

    public com.fasterxml.jackson.databind.node.ArrayNode sounds() {
        return Sounds.list(ev);
    }

    public ObjectNode sound(String id) {
        return Sounds.get(ev, id);
    }

    SimChannel channel(String id) {
        SimChannel ch = channels.get(id);
        if (ch == null) {
            throw AriFault.notFound("Channel");
        }
        return ch;
    }

    SimBridge bridge(String id) {
        SimBridge b = bridges.get(id);
        if (b == null) {
            throw AriFault.notFound("Bridge");
        }
        return b;
    }

    String nextSipName(String resource) {
        return String.format("PJSIP/%s-%08x", resource, sipSeq++);
    }

    int nextLocalSeq() {
        return localSeq++;
    }

    String nextUniqueId() {
        return uniqueBase + "." + (uniqueSeq++);
    }

    /** An event about a channel, with the channel's current snapshot. */
    ObjectNode channelEvent(String type, SimChannel ch) {
        ObjectNode e = ev.event(type);
        e.set("channel", ch.json(ev));
        return e;
    }

    void emitChannel(ObjectNode event, SimChannel ch) {
        emitter.emit(event, SimApp.Scope.channel(ch.id));
    }

    void emitChannel(String type, SimChannel ch) {
        emitChannel(channelEvent(type, ch), ch);
    }

    void varset(SimChannel ch, String variable, String value) {
        ch.vars.put(variable, value);
        ObjectNode e = channelEvent("ChannelVarset", ch);
        e.put("variable", variable).put("value", value);
        emitChannel(e, ch);
    }

    void emit(ObjectNode event, SimApp.Scope scope) {
        emitter.emit(event, scope);
    }
}
