package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Outbound legs: originate, create + dial, ringing, answer or ring timeout (finding 9: StasisStart only after the answer). */
final class Outbound {

    private final World w;

    Outbound(World w) {
        this.w = w;
    }

    /**
     * POST /channels[/{id}]: 400 without endpoint, with one not shaped Tech/resource, or without app/extension; 409 for a
     * used id; 500 "Allocation failed" for an endpoint that does not exist or has no contact (as Asterisk 22 answers).
     */
    public ObjectNode originate(OriginateRequest r) {
        synchronized (w) {
            requireEndpoint(r);
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
            requireEndpoint(r);
            if (r.app() == null || r.app().isBlank()) {
                throw AriFault.missing("app");
            }
            requireFreeIds(r);
            SimChannel ch = newSip(r, SimChannel.Kind.CREATED);
            w.emitChannel("ChannelCreated", ch);
            ch.dialplan("Stasis", r.args().isEmpty() ? r.app() : r.app() + "," + r.appArgs());
            w.channelOps.dialplanEvent(ch);
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
        w.channelOps.dialplanEvent(ch);
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
        w.channelOps.dialEvent(ch, "", ch.endpoint.substring(ch.endpoint.indexOf('/') + 1));
        WorldSettings.Reaction reaction = w.settings.phones().onInvite(ch.endpoint.substring(6));
        if (reaction.kind() == WorldSettings.Reaction.Kind.BUSY) {
            ch.timer = w.clock.after(reaction.delayMs(), () -> w.channelOps.teardown().hangup(ch, null, 17, 486));
            return;
        }
        w.channelOps.state(ch, "Ringing");
        w.channelOps.dialEvent(ch, "RINGING", dialstring);
        w.channelOps.refreshDevice(ch.endpoint);
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
        ObjectNode first = ch.stasisApp != null ? w.channelOps.teardown().request(ch, 32, null, true) : null;
        w.channelOps.teardown().hangup(ch, first, 19, 480);
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
        w.channelOps.state(ch, "Up");
        w.channelOps.refreshDevice(ch.endpoint);
        if (ch.kind == SimChannel.Kind.ORIGINATED) {
            w.channelOps.dialEvent(ch, "ANSWER", ch.endpoint.substring(ch.endpoint.indexOf('/') + 1));
        } else if (ch.dialed) {
            w.channelOps.dialEvent(ch, "ANSWER", "");
        }
        afterAnswer(ch);
    }

    void afterAnswer(SimChannel ch) {
        if (ch.pendingApp != null) {
            String app = ch.pendingApp;
            ch.pendingApp = null;
            if (!w.stasis.enter(ch, app, ch.pendingArgs)) {
                w.channelOps.teardown().hangup(ch, w.channelOps.teardown().request(ch, 16, null, true), 16, null);
            }
        } else if (ch.pendingContext != null) {
            String context = ch.pendingContext;
            ch.pendingContext = null;
            w.dialplan.run(ch, context, ch.pendingPriority);
        }
    }


    private SimChannel newSip(OriginateRequest r, SimChannel.Kind kind) {
        String resource = r.endpoint().substring(r.endpoint().indexOf('/') + 1);
        // PJSIP/<number>@trunk dials out through the trunk endpoint (the channel is named after the endpoint)
        boolean viaTrunk = resource.matches("[^@]+@trunk");
        SimEndpoint ep = w.endpoints.get(viaTrunk ? "PJSIP/trunk" : r.endpoint());
        if (!r.endpoint().startsWith("PJSIP/") || ep == null || !ep.online || "trunk".equals(resource)) {
            throw AriFault.allocationFailed();
        }
        String id = r.channelId() == null || r.channelId().isBlank() ? w.nextUniqueId() : r.channelId();
        SimChannel ch = new SimChannel(id, w.nextSipName(viaTrunk ? "trunk" : resource), kind, ep.key(), "Down",
                "from-agents", "s", w.clock.now());
        ch.protocolId = UUID.randomUUID().toString();
        ch.ownerApp = r.app();
        if (r.variables() != null) {
            ch.vars.putAll(r.variables());
        }
        w.channels.put(id, ch);
        ep.channelIds.add(id);
        return ch;
    }

    /** Asterisk splits the endpoint at its first '/' and refuses it when either side is empty. */
    private static void requireEndpoint(OriginateRequest r) {
        if (r.endpoint() == null || r.endpoint().isBlank()) {
            throw AriFault.badRequest("Endpoint must be specified");
        }
        int slash = r.endpoint().indexOf('/');
        if (slash <= 0 || slash == r.endpoint().length() - 1) {
            throw AriFault.badRequest("Invalid endpoint specified");
        }
    }

    private void requireFreeIds(OriginateRequest r) {
        if ((r.channelId() != null && w.channels.containsKey(r.channelId()))
                || (r.otherChannelId() != null && w.channels.containsKey(r.otherChannelId()))) {
            throw new AriFault(409, "Channel with given unique ID already exists");
        }
    }
}
