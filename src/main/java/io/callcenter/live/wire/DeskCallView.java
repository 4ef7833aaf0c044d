package io.callcenter.live.wire;

import java.time.Instant;

/**
 * An agent's current call as its desk shows it (see frontend/DESK_API.md, {@code DeskCall}).
 *
 * @param state offered, connected, held, consulting, conference or wrapup
 * @param muted the muted direction of the agent's leg (in, out, both), null when not muted
 */
public record DeskCallView(String callId, String asteriskId, String server, String callerNumber, String callerName,
        String queue, String did, Instant enqueuedAt, Instant offeredAt, Instant answeredAt, String state,
        Instant heldSince, long holdMs, String muted, Recording recording, Consult consult, String transferredTo,
        String disposition, Instant endedAt, Instant wrapUpUntil) {

    /** The bridge recording running now. */
    public record Recording(String name, Instant since) {
    }

    /**
     * The consulted party of an attended transfer or conference.
     *
     * @param kind agent or number
     * @param state ringing or connected
     */
    public record Consult(String kind, String target, String state, Instant since) {
    }
}
