package io.callcenter.mirror;

import io.callcenter.ari.events.AriTime;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import java.time.Instant;
import java.util.List;

/** Builds mirror views from ARI snapshots, keeping what only the mirror knows (bridge, Stasis, answer time). */
final class Views {

    private Views() {
    }

    static ChannelView channel(String asteriskId, Channel c, ChannelView prev, Instant at) {
        // a channel's creation time never changes: parse it once
        Instant created = prev != null ? prev.created() : AriTime.parse(c.creationtime());
        if (created == null) {
            created = at;
        }
        Instant answered = prev != null ? prev.answered() : null;
        if (answered == null && "Up".equals(c.state())) {
            answered = at;
        }
        return new ChannelView(asteriskId, c.id(), c.name(), c.state(), Party.of(c.caller()), Party.of(c.connected()),
                DialplanLocation.of(c.dialplan()),
                prev == null ? null : prev.bridgeId(),
                prev == null ? null : prev.stasisApp(),
                prev == null ? List.of() : prev.stasisArgs(),
                prev == null ? null : prev.dialStatus(),
                prev == null ? null : prev.hangupCause(),
                created, answered);
    }

    static BridgeView bridge(String asteriskId, Bridge b, BridgeView prev, Instant at) {
        Instant created = prev != null ? prev.created() : AriTime.parse(b.creationtime());
        if (created == null) {
            created = at;
        }
        return new BridgeView(asteriskId, b.id(), b.technology(), b.bridgeType(), b.bridgeClass(), b.creator(),
                b.name(), b.channels(), created);
    }
}
