package io.callcenter.mirror;

import java.time.Instant;
import java.util.List;

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
}
