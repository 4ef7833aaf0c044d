package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The SIP side, for the traffic generator and tests: callers arrive and hang up, phones answer, register and unregister. */
public final class Stimuli {

    private final World w;
    private int callId = 30000;

    Stimuli(World w) {
        this.w = w;
    }

    /** An INVITE from the trunk to a DID runs {@code Stasis(app,inbound,DID)}; without a websocket the caller is declined (finding 15). */
    public String callerArrives(String app, String did, String callerName, String callerNumber, String channelId) {
        return callerArrives(app, did, callerName, callerNumber, channelId, java.util.Map.of());
    }

    /** As above, with channel variables the dialplan set before {@code Stasis} (e.g. a caller priority). */
    public String callerArrives(String app, String did, String callerName, String callerNumber, String channelId,
            java.util.Map<String, String> variables) {
        synchronized (w) {
            SimEndpoint trunk = w.endpoints.get("PJSIP/trunk");
            String id = channelId == null ? w.nextUniqueId() : channelId;
            SimChannel ch = new SimChannel(id, w.nextSipName("trunk"), SimChannel.Kind.INBOUND, trunk.key(), "Ring",
                    "from-trunk", did, w.clock.now());
            ch.callerName = callerName;
            ch.callerNumber = callerNumber;
            w.channels.put(id, ch);
            trunk.channelIds.add(id);
            w.emitChannel("ChannelCreated", ch);
            ch.protocolId = "1-" + (callId++) + "@127.0.0.2";
            w.varset(ch, "SIPDOMAIN", "127.0.0.1");
            variables.forEach((name, value) -> w.varset(ch, name, value));
            step(ch, 1, "NoOp", "Inbound " + did + " from " + callerNumber);
            step(ch, 2, "Stasis", app + ",inbound," + did);
            if (w.stasis.enter(ch, app, List.of("inbound", did))) {
                return id;
            }
            step(ch, 3, "NoOp", "Left Stasis: FAILED");
            step(ch, 4, "Hangup", "");
            ch.hangingUp = true;
            Teardown t = w.channelOps.teardown();
            w.emitChannel(t.request(ch, 16, null, true), ch);
            t.destroy(ch, 16, null);
            return id;
        }
    }

    /** BYE when answered (cause 16), CANCEL before (cause 127, tech 487: finding 4). */
    public void callerHangsUp(String channelId) {
        synchronized (w) {
            SimChannel ch = w.channels.get(channelId);
            if (ch == null || ch.hangingUp) {
                return;
            }
            Teardown t = w.channelOps.teardown();
            if ("Up".equals(ch.state)) {
                t.hangup(ch, t.request(ch, 16, null, false), 16, null);
            } else {
                t.hangup(ch, t.request(ch, 127, 487, false), 127, 487);
            }
        }
    }

    /** The ringing phone of a channel answers (200 OK). */
    public void phoneAnswers(String channelId) {
        synchronized (w) {
            SimChannel ch = w.channels.get(channelId);
            if (ch != null && "Ringing".equals(ch.state)) {
                w.channelOps.answered(ch);
            }
        }
    }

    /** The phone of an agent endpoint answers its ringing call (the driver does not know the channel id). */
    public void phoneAnswersOn(String resource) {
        synchronized (w) {
            SimEndpoint ep = w.endpoints.get("PJSIP/" + resource);
            if (ep == null) {
                return;
            }
            for (String id : List.copyOf(ep.channelIds)) {
                phoneAnswers(id);
            }
        }
    }

    /** The agent hangs up (BYE from the phone). */
    public void phoneHangsUp(String channelId) {
        callerHangsUp(channelId);
    }

    /** A party presses a key. */
    public void dtmf(String channelId, String digit) {
        synchronized (w) {
            w.dialplan.dtmf(w.channels.get(channelId), digit);
        }
    }

    /** REGISTER (online) or Expires 0 (offline): EndpointStateChange, PeerStatusChange, ContactStatusChange (finding 14). */
    public void registration(String resource, boolean online) {
        synchronized (w) {
            SimEndpoint ep = w.endpoints.get("PJSIP/" + resource);
            if (ep == null || ep.online == online) {
                return;
            }
            ep.online = online;
            SimApp.Scope scope = SimApp.Scope.endpoint(ep.key());
            ObjectNode e = w.ev.event("EndpointStateChange");
            e.set("endpoint", ep.json(w.ev));
            w.emit(e, scope);
            e = w.ev.event("PeerStatusChange");
            e.set("endpoint", ep.json(w.ev));
            e.putObject("peer").put("peer_status", online ? "Reachable" : "Unreachable");
            w.emit(e, scope);
            e = w.ev.event("ContactStatusChange");
            e.set("endpoint", ep.json(w.ev));
            e.putObject("contact_info").put("uri", "sip:" + resource + "@127.0.0.1:5074")
                    .put("contact_status", online ? "NonQualified" : "Removed").put("aor", resource).put("roundtrip_usec", "0");
            w.emit(e, scope);
            w.channelOps.refreshDevice(ep.key());
        }
    }

    /** Whether an agent phone is registered. */
    public boolean online(String resource) {
        synchronized (w) {
            SimEndpoint ep = w.endpoints.get("PJSIP/" + resource);
            return ep != null && ep.online;
        }
    }

    private void step(SimChannel ch, int priority, String app, String data) {
        ch.priority = priority;
        ch.dialplan(app, data);
        w.channelOps.dialplanEvent(ch);
    }
}
