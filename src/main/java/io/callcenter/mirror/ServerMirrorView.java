package io.callcenter.mirror;

import io.callcenter.ari.connection.ConnectionState;
import java.util.List;

/**
 * Everything the mirror holds for one Asterisk server, as served by {@code GET /api/mirror}.
 *
 * @param connection the server's connection state as last reported (null before any report); while it is not
 *                   CONNECTED the objects shown may be stale until the next resync
 */
public record ServerMirrorView(String asteriskId, String server, ConnectionState connection,
        List<ChannelView> channels, List<BridgeView> bridges,
        List<EndpointView> endpoints, List<DeviceStateView> deviceStates, List<PlaybackView> playbacks,
        List<RecordingView> recordings) {
}
