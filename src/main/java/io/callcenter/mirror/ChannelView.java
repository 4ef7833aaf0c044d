package io.callcenter.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A live channel as the mirror knows it.
 *
 * @param stasisApp   the Stasis application the channel is in, null when it is not in Stasis
 * @param stasisArgs  the arguments of its StasisStart (empty when not in Stasis)
 * @param dialStatus  last {@code Dial} status seen for it as the dialled peer ("" while dialling, then RINGING, ANSWER...)
 * @param hangupCause cause of the last hard (non-soft) hangup request, null if none
 * @param answered    when it was first seen Up by an event; null if it was already Up when first read by a resync
 */
public record ChannelView(String asteriskId, String id, String name, String state, Party caller, Party connected,
        DialplanLocation dialplan, String bridgeId, String stasisApp, List<String> stasisArgs, String dialStatus,
        Integer hangupCause, Instant created, Instant answered) {

    public ChannelView {
        stasisArgs = stasisArgs == null ? List.of() : List.copyOf(stasisArgs);
    }

    ChannelView withBridge(String newBridgeId) {
        return new ChannelView(asteriskId, id, name, state, caller, connected, dialplan, newBridgeId, stasisApp,
                stasisArgs, dialStatus, hangupCause, created, answered);
    }

    ChannelView withStasis(String app, List<String> args) {
        return new ChannelView(asteriskId, id, name, state, caller, connected, dialplan, bridgeId, app, args,
                dialStatus, hangupCause, created, answered);
    }

    ChannelView withDialStatus(String status) {
        return new ChannelView(asteriskId, id, name, state, caller, connected, dialplan, bridgeId, stasisApp,
                stasisArgs, status, hangupCause, created, answered);
    }

    ChannelView withAnswered(Instant time) {
        return new ChannelView(asteriskId, id, name, state, caller, connected, dialplan, bridgeId, stasisApp,
                stasisArgs, dialStatus, hangupCause, created, time);
    }

    ChannelView withHangupCause(Integer cause) {
        return new ChannelView(asteriskId, id, name, state, caller, connected, dialplan, bridgeId, stasisApp,
                stasisArgs, dialStatus, cause, created, answered);
    }

    /**
     * Written out rather than generated: the generated record {@code equals} sends every record's fields through shared
     * method-handle code whose type profiles the whole app mixes, and the mirror compares every update it applies
     * (JFR: this was the dispatch thread's hottest method, and C2 kept recompiling its callers). Same meaning, so the
     * generated {@code hashCode} still agrees.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ChannelView v && same(id, v.id) && same(state, v.state)
                && same(bridgeId, v.bridgeId) && same(dialStatus, v.dialStatus) && same(name, v.name)
                && same(asteriskId, v.asteriskId) && same(stasisApp, v.stasisApp) && Objects.equals(caller, v.caller)
                && Objects.equals(connected, v.connected) && Objects.equals(dialplan, v.dialplan)
                && stasisArgs.equals(v.stasisArgs) && Objects.equals(hangupCause, v.hangupCause)
                && Objects.equals(created, v.created) && Objects.equals(answered, v.answered);
    }

    static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
