package io.callcenter.mirror;

import java.util.List;

/** Everything the mirror holds for one Asterisk server, as served by {@code GET /api/mirror}. */
public record ServerMirrorView(String asteriskId, String server, List<ChannelView> channels, List<BridgeView> bridges,
        List<EndpointView> endpoints, List<DeviceStateView> deviceStates, List<PlaybackView> playbacks,
        List<RecordingView> recordings) {
}
