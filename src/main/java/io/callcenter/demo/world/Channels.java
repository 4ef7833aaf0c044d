package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Channel lifecycle: originate, create + dial, ringing, answer, hangup (finding 9's sequence; StasisStart only after answer). */
public final class Channels {

    private final World w;
    private final Teardown teardown;
    private final ChannelControl control;

    Channels(World w) {
        this.w = w;
        this.teardown = new Teardown(w);
        this.control = new ChannelControl(w);
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
        synchronized (w) {
            if (r.endpoint() == null || r.endpoint().isBlank()) {
                throw AriFault.badRequest("Endpoint must be specified");
            }
            if (r.app() == null && r.extension() == null) {
                throw AriFault.badRequest("Application or extension must be specified");
            }
            requireFreeIds(r);
            if (r.endpoint().startsWith("Local/")) {
                return new LocalChannels(w).originate(r);
            }
            SimChannel ch = newSip(r, SimChannel.Kind.ORIGINATED);
            ch.dialplan("AppDial2", "(Outgoing Line)");
            String[] caller = r.caller();
            ch.callerName = ch.connectedName = caller[0];
            ch.callerNumber = ch.connectedNumber = caller[1];
            ch.pendingApp = r.app();
            ch.pendingArgs = r.args();
            ch.pendingContext = r.app() == null ? (r.context() == null ? "default" : r.context()) : null;
            ch.pendingPriority = r.priority() == null ? 1 : r.priority();
            ObjectNode answer = ch.json(w.ev);
            int timeout = r.timeout() == null ? 30 : r.timeout();
            Runnable burst = () -> originateEvents(ch, caller, timeout);
            if (w.settings.races()) {
                burst.run();
            } else {
                w.clock.soon(burst);
            }
            return answer;
        }
    }

    /** POST /channels/create: the channel enters Stasis at once, still Down (finding 1: StasisStart before the 200). */
    public ObjectNode create(OriginateRequest r) {
        synchronized (w) {
            if (r.endpoint() == null || r.endpoint().isBlank()) {
                throw AriFault.badRequest("Endpoint must be specified");
            }
            if (r.app() == null || r.app().isBlank()) {
                throw AriFault.missing("app");
            }
            requireFreeIds(r);
            SimChannel ch = newSip(r, SimChannel.Kind.CREATED);
            w.emitChannel("ChannelCreated", ch);
            ch.dialplan("Stasis", r.args().isEmpty() ? r.app() : r.app() + "," + r.appArgs());
            dialplanEvent(ch);
            w.stasis.enter(ch, r.app(), r.args());
            return ch.json(w.ev);
        }
    }

    /** POST /channels/{id}/dial on a created channel. */
    public void dial(String id, Integer timeout) {
        synchronized (w) {
            SimChannel ch = w.channel(id);
            if (ch.stasisApp == null) {
                throw AriFault.notInStasis();
            }
            if (!"Down".equals(ch.state) || ch.dialed) {
                throw new AriFault(409, "Channel is not in the Down state");
            }
            ch.dialed = true;
            ring(ch, "", timeout == null ? 0 : timeout);
        }
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

    private void originateEvents(SimChannel ch, String[] caller, int timeout) {
        if (!w.channels.containsKey(ch.id) || ch.hangingUp) {
            return;
        }
        String protocolId = ch.protocolId;
        ch.protocolId = "";
        ch.callerName = ch.callerNumber = ch.connectedName = ch.connectedNumber = "";
        ch.dialplan("", "");
        w.emitChannel("ChannelCreated", ch);
        ch.protocolId = protocolId;
        ch.dialplan("AppDial2", "(Outgoing Line)");
        dialplanEvent(ch);
        if (!caller[0].isEmpty() || !caller[1].isEmpty()) {
            ch.callerName = caller[0];
            ch.callerNumber = caller[1];
            ObjectNode e = w.channelEvent("ChannelCallerId", ch);
            e.put("caller_presentation", 0).put("caller_presentation_txt", "Presentation Allowed, Not Screened");
            w.emitChannel(e, ch);
            ch.connectedName = caller[0];
            ch.connectedNumber = caller[1];
            w.emitChannel("ChannelConnectedLine", ch);
        }
        if (ch.pendingApp != null && w.apps.containsKey(ch.pendingApp)) {
            w.apps.get(ch.pendingApp).channels.add(ch.id);
        }
        ring(ch, ch.endpoint.substring(ch.endpoint.indexOf('/') + 1), timeout);
    }

    /** The INVITE reaches the phone: Dial "", Ringing, Dial RINGING; then answer, busy or ring timeout (cause 19, no final Dial). */
    private void ring(SimChannel ch, String dialstring, int timeoutSeconds) {
        // a /dial on a created channel names the resource only in its first Dial event (agent-no-answer trace)
        dialEvent(ch, "", ch.endpoint.substring(ch.endpoint.indexOf('/') + 1));
        WorldSettings.Reaction reaction = w.settings.phones().onInvite(ch.endpoint.substring(6));
        if (reaction.kind() == WorldSettings.Reaction.Kind.BUSY) {
            ch.timer = w.clock.after(reaction.delayMs(), () -> teardown.hangup(ch, null, 17, 486));
            return;
        }
        state(ch, "Ringing");
        dialEvent(ch, "RINGING", dialstring);
        refreshDevice(ch.endpoint);
        long timeoutMs = timeoutSeconds > 0 ? timeoutSeconds * 1000L : Long.MAX_VALUE;
        if (reaction.kind() == WorldSettings.Reaction.Kind.ANSWER && reaction.delayMs() < timeoutMs) {
            ch.timer = w.clock.after(reaction.delayMs(), () -> answered(ch));
        } else if (timeoutSeconds > 0) {
            ch.timer = w.clock.after(timeoutMs, () -> noAnswer(ch));
        }
    }

    private void noAnswer(SimChannel ch) {
        if (!w.channels.containsKey(ch.id) || ch.hangingUp) {
            return;
        }
        ObjectNode first = ch.stasisApp != null ? teardown.request(ch, 32, null, true) : null;
        teardown.hangup(ch, first, 19, 480);
    }

    /** The far end answered: state Up, Dial ANSWER, then StasisStart (or the dialplan for originate without app). */
    void answered(SimChannel ch) {
        if (!w.channels.containsKey(ch.id) || ch.hangingUp || "Up".equals(ch.state)) {
            return;
        }
        w.clock.cancel(ch.timer);
        if (ch.kind == SimChannel.Kind.LOCAL_TWO) {
            new LocalChannels(w).answered(ch);
            return;
        }
        state(ch, "Up");
        refreshDevice(ch.endpoint);
        if (ch.kind == SimChannel.Kind.ORIGINATED) {
            dialEvent(ch, "ANSWER", ch.endpoint.substring(ch.endpoint.indexOf('/') + 1));
        } else if (ch.dialed) {
            dialEvent(ch, "ANSWER", "");
        }
        afterAnswer(ch);
    }

    void afterAnswer(SimChannel ch) {
        if (ch.pendingApp != null) {
            String app = ch.pendingApp;
            ch.pendingApp = null;
            if (!w.stasis.enter(ch, app, ch.pendingArgs)) {
                teardown.hangup(ch, teardown.request(ch, 16, null, true), 16, null);
            }
        } else if (ch.pendingContext != null) {
            String context = ch.pendingContext;
            ch.pendingContext = null;
            w.dialplan.run(ch, context, ch.pendingPriority);
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

    private SimChannel newSip(OriginateRequest r, SimChannel.Kind kind) {
        String resource = r.endpoint().substring(r.endpoint().indexOf('/') + 1);
        SimEndpoint ep = w.endpoints.get(r.endpoint());
        if (!r.endpoint().startsWith("PJSIP/") || ep == null || !ep.online || "trunk".equals(resource)) {
            throw AriFault.allocationFailed();
        }
        String id = r.channelId() == null || r.channelId().isBlank() ? w.nextUniqueId() : r.channelId();
        SimChannel ch = new SimChannel(id, w.nextSipName(resource), kind, ep.key(), "Down", "from-agents", "s", w.clock.now());
        ch.protocolId = UUID.randomUUID().toString();
        ch.ownerApp = r.app();
        if (r.variables() != null) {
            ch.vars.putAll(r.variables());
        }
        w.channels.put(id, ch);
        ep.channelIds.add(id);
        return ch;
    }

    private void requireFreeIds(OriginateRequest r) {
        if ((r.channelId() != null && w.channels.containsKey(r.channelId()))
                || (r.otherChannelId() != null && w.channels.containsKey(r.otherChannelId()))) {
            throw new AriFault(409, "Channel with given unique ID already exists");
        }
    }
}
