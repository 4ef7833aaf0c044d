package io.callcenter.ari.connection;

import io.callcenter.ari.model.Application;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.DeviceState;
import io.callcenter.ari.model.Endpoint;
import java.time.Instant;
import java.util.List;

/**
 * What a server holds right after a (re)connect, read with GET because ARI replays no events:
 * everything not in here has vanished while we were away.
 */
public record ResyncSnapshot(String server, String asteriskId, Instant takenAt, List<Channel> channels,
        List<Bridge> bridges, List<Endpoint> endpoints, List<DeviceState> deviceStates, Application application) {
}
