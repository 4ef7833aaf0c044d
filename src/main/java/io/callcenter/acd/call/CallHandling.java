package io.callcenter.acd.call;

import java.time.Instant;

/** What the answering agent did with a connected call from its desk (hold, mute, recording, consult); actor only. */
final class CallHandling {

    /** Set while the caller is on hold (also during a consult). */
    Instant heldSince;
    /** Closed hold intervals so far. */
    long holdMs;
    /** Muted direction of the agent's leg (in, out, both), null when not muted. */
    String muted;
    String recording;
    Instant recordingSince;
    /** Recordings started so far: the next name's suffix. */
    int recordings;
    /** The consulted party of an attended transfer / conference, null when none. */
    Consult consult;
    boolean conference;
    /** agent:user | queue:name | number:n once transferred. */
    String transferredTo;
    String disposition;
    /** A blind transfer to this agent is pending: the caller is offered only to it (cleared if it does not answer). */
    String targetAgent;

    /** The third party of an attended transfer: a READY agent (reserved while it rings) or a number. */
    static final class Consult {
        final String kind;
        final String target;
        final String channelId;
        final String bridgeId;
        /** The consulted agent's username, null for a number. */
        final String agent;
        final Instant since;
        boolean connected;

        Consult(String kind, String target, String channelId, String bridgeId, String agent, Instant since) {
            this.kind = kind;
            this.target = target;
            this.channelId = channelId;
            this.bridgeId = bridgeId;
            this.agent = agent;
            this.since = since;
        }
    }
}
