package io.callcenter.acd.call;

import java.time.Instant;

/** One agent rung for one call, keyed by the channel id we gave the originate; actor thread only. */
final class Offer {

    enum Status { RINGING, ANSWERED, WITHDRAWN, ENDED }

    final String channelId;
    final String agent;
    final AcdCall call;
    final Instant at;
    Status status = Status.RINGING;

    Offer(String channelId, String agent, AcdCall call, Instant at) {
        this.channelId = channelId;
        this.agent = agent;
        this.call = call;
        this.at = at;
    }
}
