package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Local channel pairs ({@code Local/exten@context}): ;1 is originated (id = channelId), ;2 runs the context (finding 20). */
final class LocalChannels {

    private final World w;

    LocalChannels(World w) {
        this.w = w;
    }

    ObjectNode originate(OriginateRequest r) {
        String spec = r.endpoint().substring("Local/".length()).replaceAll("/n$", "");
        int at = spec.indexOf('@');
        String exten = at < 0 ? spec : spec.substring(0, at);
        String context = at < 0 ? "default" : spec.substring(at + 1);
        if (!Dialplan.known(context)) {
            throw AriFault.allocationFailed();
        }
        String base = String.format("Local/%s-%08x", spec, w.nextLocalSeq());
        String device = "Local/" + spec;
        String oneId = blank(r.channelId()) ? w.nextUniqueId() : r.channelId();
        String twoId = blank(r.otherChannelId()) ? w.nextUniqueId() : r.otherChannelId();
        SimChannel one = new SimChannel(oneId, base + ";1", SimChannel.Kind.LOCAL_ONE, device, "Down", context, exten, w.clock.now());
        SimChannel two = new SimChannel(twoId, base + ";2", SimChannel.Kind.LOCAL_TWO, device, "Ring", context, exten, w.clock.now());
        one.partnerId = twoId;
        two.partnerId = oneId;
        one.ownerApp = r.app();
        one.pendingApp = r.app();
        one.pendingArgs = r.args();
        if (r.app() == null) {
            one.pendingContext = r.context() == null ? context : r.context();
            one.pendingPriority = (r.priority() == null ? 1 : r.priority()) + 1;
        }
        w.channels.put(oneId, one);
        w.channels.put(twoId, two);
        w.emitChannel("ChannelCreated", one);
        w.emitChannel("ChannelCreated", two);
        one.dialplan("AppDial2", "(Outgoing Line)");
        w.channelOps.dialplanEvent(one);
        ObjectNode answer = one.json(w.ev);
        if (r.app() != null && w.apps.containsKey(r.app())) {
            w.apps.get(r.app()).channels.add(oneId);
            w.apps.get(r.app()).channels.add(twoId);
        }
        w.channelOps.dialEvent(one, "", spec);
        w.dialplan.run(two, context, 1);
        return answer;
    }

    /** ;2 answered in its dialplan: both halves go Up, Dial ANSWER on ;1, then ;1 enters Stasis (or runs the context). */
    void answered(SimChannel two) {
        SimChannel one = w.channels.get(two.partnerId);
        w.channelOps.state(two, "Up");
        if (one == null) {
            return;
        }
        w.channelOps.state(one, "Up");
        w.channelOps.dialEvent(one, "ANSWER", one.endpoint.substring("Local/".length()));
        w.channelOps.afterAnswer(one);
        w.deviceStates.derive(one.endpoint, "INUSE", true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
