package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Channels: list, get, answer, ring, hangup, and the events every flow shares (state, Dial, dialplan, device state). */
public final class Channels {

    private final World w;
    private final Teardown teardown;
    private final ChannelControl control;
    private final Outbound outbound;

    Channels(World w) {
        this.w = w;
        this.teardown = new Teardown(w);
        this.control = new ChannelControl(w);
        this.outbound = new Outbound(w);
    }

    Teardown teardown() {
        return teardown;
    }

    public ChannelControl control() {
        return control;
    }

    public ArrayNode list() {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            w.channels.values().forEach(ch -> a.add(ch.json(w.ev)));
            return a;
        }
    }

    public ObjectNode get(String id) {
        synchronized (w) {
            return w.channel(id).json(w.ev);
        }
    }

    /** POST /channels[/{id}]: 400 without endpoint or app/extension, 409 for a used id, 500 "Allocation failed" without contact. */
    public ObjectNode originate(OriginateRequest r) {
        return outbound.originate(r);
    }

    /** POST /channels/create: the channel enters Stasis at once, still Down. */
    public ObjectNode create(OriginateRequest r) {
        return outbound.create(r);
    }

    /** POST /channels/{id}/dial on a created channel. */
    public void dial(String id, Integer timeout) {
        outbound.dial(id, timeout);
    }

    void answered(SimChannel ch) {
        outbound.answered(ch);
    }

    void afterAnswer(SimChannel ch) {
        outbound.afterAnswer(ch);
    }

    public void answer(String id) {
        synchronized (w) {
            SimChannel ch = w.channel(id);
            if (ch.stasisApp == null) {
                throw AriFault.notInStasis();
            }
            if ("Down".equals(ch.state)) {
                throw AriFault.invalidState();
            }
            if (!"Up".equals(ch.state)) {
                state(ch, "Up");
                ch.progressed = true;
                refreshDevice(ch.endpoint);
                if (ch.kind == SimChannel.Kind.INBOUND) {
                    w.hooks.answered(ch.id);
                }
            }
        }
    }

    /** POST /channels/{id}/ring: 180 to the caller; the state stays Ring (finding 19), the trunk device goes INUSE. */
    public void ring(String id) {
        synchronized (w) {
            SimChannel ch = w.channel(id);
            if (ch.stasisApp == null) {
                throw AriFault.notInStasis();
            }
            ch.progressed = true;
            refreshDevice(ch.endpoint);
        }
    }

    /** DELETE /channels/{id}?reason=: soft request 32, then the channel's own tail and ChannelDestroyed with the reason's cause. */
    public void hangup(String id, String reason) {
        synchronized (w) {
            SimChannel ch = w.channel(id);
            int cause = Ev.reasonCause(reason);
            teardown.hangup(ch, teardown.request(ch, 32, null, true), cause, null);
        }
    }

    void state(SimChannel ch, String state) {
        ch.state = state;
        w.emitChannel("ChannelStateChange", ch);
    }

    void dialEvent(SimChannel ch, String status, String dialstring) {
        ObjectNode e = w.ev.event("Dial");
        e.put("dialstatus", status).put("forward", "").put("dialstring", dialstring);
        e.set("peer", ch.json(w.ev));
        w.emit(e, SimApp.Scope.channel(ch.id));
    }

    void dialplanEvent(SimChannel ch) {
        ObjectNode e = w.channelEvent("ChannelDialplan", ch);
        e.put("dialplan_app", ch.appName).put("dialplan_app_data", ch.appData);
        w.emitChannel(e, ch);
    }

    /** Recomputes a PJSIP device state from its channels (INUSE > RINGING > NOT_INUSE; UNAVAILABLE offline). */
    void refreshDevice(String endpoint) {
        SimEndpoint ep = w.endpoints.get(endpoint);
        if (ep == null) {
            return;
        }
        String state = ep.online ? "NOT_INUSE" : "UNAVAILABLE";
        for (String id : ep.channelIds) {
            SimChannel ch = w.channels.get(id);
            if (ch == null) {
                continue;
            }
            if ("Up".equals(ch.state) || ch.progressed) {
                state = "INUSE";
                break;
            }
            if ("Ringing".equals(ch.state)) {
                state = "RINGING";
            }
        }
        w.deviceStates.derive(endpoint, state, false);
    }

}
