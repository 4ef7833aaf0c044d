package io.callcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerMessage;
import io.callcenter.live.wire.ServerSnapshot;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a browser would show of one server: the last snapshot plus the deltas after it, applied in order, checking
 * on the way that seq goes 1, 2, 3... as the protocol promises.
 */
final class LiveView {

    final Map<String, ChannelView> channels = new TreeMap<>();
    final Map<String, BridgeView> bridges = new TreeMap<>();
    final Map<String, String> deviceStates = new TreeMap<>();
    final Map<String, String> endpoints = new TreeMap<>();
    int deltas;

    static LiveView of(List<ServerMessage> messages, String asteriskId) {
        final LiveView v = new LiveView();
        long seq = -1;
        for (ServerMessage m : messages) {
            if (m instanceof ServerMessage.Snapshot s) {
                v.clear();
                seq = 0;
                for (ServerSnapshot server : s.servers()) {
                    if (server.asteriskId().equals(asteriskId)) {
                        server.channels().forEach(c -> v.channels.put(c.id(), c));
                        server.bridges().forEach(b -> v.bridges.put(b.id(), b));
                        server.deviceStates().forEach(d -> v.deviceStates.put(d.name(), d.state()));
                        server.endpoints().forEach(e -> v.endpoints.put(e.key(), e.state()));
                    }
                }
            } else if (m instanceof ServerMessage.DeltaMessage d) {
                assertEquals(seq + 1, d.seq(), "seq goes up by one");
                seq = d.seq();
                if (d.change().asteriskId().equals(asteriskId)) {
                    v.apply(d.change());
                }
            }
        }
        return v;
    }

    private void clear() {
        channels.clear();
        bridges.clear();
        deviceStates.clear();
        endpoints.clear();
        deltas = 0;
    }

    private void apply(Delta d) {
        deltas++;
        if (d instanceof Delta.ChannelUpsert c) {
            channels.put(c.channel().id(), c.channel());
        } else if (d instanceof Delta.ChannelRemove c) {
            channels.remove(c.channelId());
        } else if (d instanceof Delta.BridgeUpsert b) {
            bridges.put(b.bridge().id(), b.bridge());
        } else if (d instanceof Delta.BridgeRemove b) {
            bridges.remove(b.bridgeId());
        } else if (d instanceof Delta.DeviceStateUpsert s) {
            deviceStates.put(s.deviceState().name(), s.deviceState().state());
        } else if (d instanceof Delta.EndpointUpsert e) {
            endpoints.put(e.endpoint().key(), e.endpoint().state());
        }
    }
}
