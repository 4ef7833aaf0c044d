package io.callcenter.mirror;

import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.ari.model.DeviceState;
import io.callcenter.ari.model.Endpoint;
import io.callcenter.mirror.MirrorChange.RemovalReason;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces a server's state with what it reported after a (re)connect. ARI replays nothing, so whatever the mirror
 * holds that the snapshot lacks ended while we were away: it is removed as VANISHED.
 */
final class ResyncApplier {

    private ResyncApplier() {
    }

    static void apply(Mutation m, ResyncSnapshot snap) {
        Map<String, Channel> channels = index(snap.channels(), Channel::id);
        Map<String, Bridge> bridges = index(snap.bridges(), Bridge::id);
        for (String id : List.copyOf(m.s.bridges.keySet())) {
            if (!bridges.containsKey(id)) {
                m.removeBridge(id, RemovalReason.VANISHED);
            }
        }
        for (String id : List.copyOf(m.s.channels.keySet())) {
            if (!channels.containsKey(id)) {
                m.removeChannel(id, RemovalReason.VANISHED, null, null);
            }
        }
        Map<String, String> bridgeOf = new HashMap<>();
        for (Bridge b : bridges.values()) {
            m.s.goneBridges.remove(b.id());
            m.bridge(b);
            if (b.channels() != null) {
                b.channels().forEach(c -> bridgeOf.put(c, b.id()));
            }
        }
        for (Channel c : channels.values()) {
            m.s.goneChannels.remove(c.id());
            ChannelView known = m.s.channels.get(c.id());
            m.channel(c, v -> {
                String app = stasisApp(c, v);
                // a read cannot tell when the channel was answered: leave it unknown rather than guess
                return v.withBridge(bridgeOf.get(c.id())).withStasis(app, app == null ? List.of() : v.stasisArgs())
                        .withAnswered(known == null ? null : known.answered());
            });
        }
        Set<String> endpointKeys = new HashSet<>();
        for (Endpoint e : nonNull(snap.endpoints())) {
            endpointKeys.add(e.technology() + "/" + e.resource());
            MediaMutations.endpoint(m, e, null);
        }
        m.s.endpoints.keySet().retainAll(endpointKeys);
        Set<String> deviceNames = new HashSet<>();
        for (DeviceState d : nonNull(snap.deviceStates())) {
            deviceNames.add(d.name());
            MediaMutations.deviceState(m, d.name(), d.state());
        }
        m.s.deviceStates.keySet().retainAll(deviceNames);
    }

    /** A channel in Stasis shows the Stasis dialplan application with {@code app,args...} as its data. */
    private static String stasisApp(Channel c, ChannelView known) {
        if (c.dialplan() == null || !"Stasis".equals(c.dialplan().appName())) {
            return null;
        }
        if (known.stasisApp() != null) {
            return known.stasisApp();
        }
        String data = c.dialplan().appData();
        return data == null || data.isEmpty() ? null : data.split(",", 2)[0];
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T item : nonNull(items)) {
            if (id.apply(item) != null) {
                map.put(id.apply(item), item);
            }
        }
        return map;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
