package io.callcenter.live.wire;

import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.DeviceStateView;
import io.callcenter.mirror.EndpointView;
import io.callcenter.mirror.ServerMirrorView;
import java.util.List;

/** What a browser sees of one Asterisk server in a snapshot. */
public record ServerSnapshot(String asteriskId, String server, ConnectionState connection,
        List<ChannelView> channels, List<BridgeView> bridges, List<EndpointView> endpoints,
        List<DeviceStateView> deviceStates) {

    public static ServerSnapshot of(ServerMirrorView v) {
        return new ServerSnapshot(v.asteriskId(), v.server(), v.connection(), v.channels(), v.bridges(),
                v.endpoints(), v.deviceStates());
    }
}
