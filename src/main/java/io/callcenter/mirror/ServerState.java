package io.callcenter.mirror;

import io.callcenter.ari.connection.ConnectionState;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The mirrored objects of one Asterisk. Written only under this object's lock (by the server's dispatch thread);
 * read lock-free by anyone, since the maps are concurrent and the values immutable records.
 */
final class ServerState {

    /** How many destroyed ids are remembered so late or repeated events cannot resurrect them. */
    private static final int TOMBSTONES = 10_000;

    final String asteriskId;
    volatile String server;
    final ConcurrentMap<String, ChannelView> channels = new ConcurrentHashMap<>();
    final ConcurrentMap<String, BridgeView> bridges = new ConcurrentHashMap<>();
    final ConcurrentMap<String, EndpointView> endpoints = new ConcurrentHashMap<>();
    final ConcurrentMap<String, DeviceStateView> deviceStates = new ConcurrentHashMap<>();
    final ConcurrentMap<String, PlaybackView> playbacks = new ConcurrentHashMap<>();
    final ConcurrentMap<String, RecordingView> recordings = new ConcurrentHashMap<>();
    final Map<String, Boolean> goneChannels = bounded();
    final Map<String, Boolean> goneBridges = bounded();

    ServerState(String asteriskId, String server) {
        this.asteriskId = asteriskId;
        this.server = server;
    }

    /** An immutable copy for readers, sorted for stable output. */
    ServerMirrorView view(ConnectionState connection) {
        return new ServerMirrorView(asteriskId, server, connection,
                channels.values().stream().sorted(Comparator.comparing(ChannelView::id)).toList(),
                bridges.values().stream().sorted(Comparator.comparing(BridgeView::id)).toList(),
                endpoints.values().stream().sorted(Comparator.comparing(EndpointView::key)).toList(),
                deviceStates.values().stream().sorted(Comparator.comparing(DeviceStateView::name)).toList(),
                playbacks.values().stream().sorted(Comparator.comparing(PlaybackView::id)).toList(),
                recordings.values().stream().sorted(Comparator.comparing(RecordingView::name)).toList());
    }

    private static Map<String, Boolean> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > TOMBSTONES;
            }
        };
    }
}
