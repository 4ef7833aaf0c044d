package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How channels die, event by event as recorded (findings 2-5): hangup request, bridge and Stasis exit, kind-specific tail, destroy. */
final class Teardown {

    private static final String[] QOS = {"RTPAUDIOQOS", "RTPAUDIOQOSJITTER", "RTPAUDIOQOSLOSS", "RTPAUDIOQOSRTT", "RTPAUDIOQOSMES"};
    private final World w;

    Teardown(World w) {
        this.w = w;
    }

    /** The first ChannelHangupRequest: soft ones carry Asterisk's flag (32 explicit, 16 PBX end), real ones a Q.850 cause. */
    ObjectNode request(SimChannel ch, Integer cause, Integer techCause, boolean soft) {
        ObjectNode e = w.channelEvent("ChannelHangupRequest", ch);
        if (cause != null) {
            e.put("cause", cause);
        }
        if (techCause != null) {
            e.put("tech_cause", techCause);
        }
        if (soft) {
            e.put("soft", true);
        }
        return e;
    }

    /** Hangs a channel up: {@code first} is its first ChannelHangupRequest (null for none, e.g. ring timeout). */
    void hangup(SimChannel ch, ObjectNode first, int cause, Integer techCause) {
        if (ch.hangingUp) {
            return;
        }
        ch.hangingUp = true;
        w.clock.cancel(ch.timer);
        w.media.stopFor("channel:" + ch.id);
        if ("PENDING".equals(ch.vars.get("STASISSTATUS"))) {
            w.varset(ch, "STASISSTATUS", "SUCCESS");
        }
        if (ch.partnerId != null && w.channels.containsKey(ch.partnerId)) {
            local(ch, first);
            return;
        }
        if ("Up".equals(ch.state) && ch.isSip()) {
            qos(ch);
        }
        if (first != null) {
            w.emitChannel(first, ch);
        }
        boolean wasInStasis = ch.stasisApp != null;
        exitBridgeAndStasis(ch);
        if (ch.kind == SimChannel.Kind.INBOUND) {
            w.emitChannel(request(ch, 16, techCause, true), ch);
        } else if (ch.kind == SimChannel.Kind.CREATED && wasInStasis && !ch.dialed) {
            // a created channel that was never dialed declines its INVITE-to-be (603)
            w.emitChannel(request(ch, 16, 603, false), ch);
        }
        destroy(ch, cause, ch.kind == SimChannel.Kind.CREATED && wasInStasis && !ch.dialed ? Integer.valueOf(603) : techCause);
    }

    /** Both halves of a Local channel go together (traces: dtmf-gen, audio-src, echo). */
    private void local(SimChannel initiator, ObjectNode first) {
        SimChannel partner = w.channels.get(initiator.partnerId);
        SimChannel one = initiator.kind == SimChannel.Kind.LOCAL_ONE ? initiator : partner;
        SimChannel two = one == initiator ? partner : initiator;
        partner.hangingUp = true;
        w.clock.cancel(partner.timer);
        if (first != null) {
            w.emitChannel(first, initiator);
        }
        if (initiator == one) {
            boolean wasInStasis = one.stasisApp != null;
            exitBridgeAndStasis(one);
            if (!wasInStasis) {
                w.emitChannel(request(one, 16, null, true), one);
            }
            w.emitChannel(request(two, 16, null, false), two);
            destroy(one, 16, null);
            w.emitChannel(request(two, 16, null, true), two);
        } else {
            w.emitChannel(request(one, 16, null, false), one);
            exitBridgeAndStasis(one);
            destroy(one, 16, null);
        }
        destroy(two, 16, null);
        w.deviceStates.derive(one.endpoint, "NOT_INUSE", true);
    }

    private void exitBridgeAndStasis(SimChannel ch) {
        if (ch.bridgeId != null && w.bridges.containsKey(ch.bridgeId)) {
            w.bridgeOps.leave(w.bridges.get(ch.bridgeId), ch, false);
        }
        if (ch.stasisApp != null) {
            w.stasis.leave(ch, true);
        } else if ("PENDING".equals(ch.vars.get("STASISSTATUS"))) {
            w.varset(ch, "STASISSTATUS", "SUCCESS");
        }
    }

    private void qos(SimChannel ch) {
        for (String name : QOS) {
            w.varset(ch, name, "ssrc=0;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;txcount=0");
        }
    }

    void destroy(SimChannel ch, int cause, Integer techCause) {
        if (ch.kind == SimChannel.Kind.INBOUND || ch.kind == SimChannel.Kind.LOCAL_TWO
                || ch.kind == SimChannel.Kind.CREATED) {
            ch.dialplan("", "");
        } else if (ch.kind != SimChannel.Kind.SNOOP) {
            ch.dialplan("AppDial2", "(Outgoing Line)");
        }
        ObjectNode e = w.channelEvent("ChannelDestroyed", ch);
        e.put("cause", cause).put("cause_txt", Ev.causeText(cause));
        if (techCause != null) {
            e.put("tech_cause", techCause);
        }
        w.emitChannel(e, ch);
        w.channels.remove(ch.id);
        w.snoops.destroyed(ch);
        w.stasis.forget(ch);
        SimEndpoint ep = w.endpoints.get(ch.endpoint);
        if (ep != null) {
            ep.channelIds.remove(ch.id);
        }
        w.channelOps.refreshDevice(ch.endpoint);
    }
}
