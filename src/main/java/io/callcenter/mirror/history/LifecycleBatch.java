package io.callcenter.mirror.history;

import io.callcenter.ari.events.AriMessage;
import io.callcenter.ari.events.BridgeDestroyed;
import io.callcenter.ari.events.BridgeEvent;
import io.callcenter.ari.events.BridgeMerged;
import io.callcenter.ari.events.ChannelDestroyed;
import io.callcenter.ari.events.ChannelEnteredBridge;
import io.callcenter.ari.events.ChannelEvent;
import io.callcenter.ari.events.ChannelHangupRequest;
import io.callcenter.ari.events.ChannelLeftBridge;
import io.callcenter.ari.events.DeviceStateChanged;
import io.callcenter.ari.events.Dial;
import io.callcenter.ari.events.EndpointStateChange;
import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lifecycle rows a run of consecutive events produces: channel/bridge rows folded per object, the rest in order. */
final class LifecycleBatch {

    /** One ordered step on {@code bridge_membership}. */
    enum MembershipKind { ENTER, LEAVE, CLOSE_BRIDGE, CLOSE_CHANNEL }

    record MembershipOp(MembershipKind kind, String asteriskId, String bridgeId, String channelId, Instant at,
            String reason) {
    }

    /** A state change row: endpoint (technology, resource) or device (name, null). */
    record StateChange(String asteriskId, String first, String second, String state, Instant at) {
    }

    final Map<String, ChannelRow> channels = new LinkedHashMap<>();
    final Map<String, BridgeRow> bridges = new LinkedHashMap<>();
    final List<MembershipOp> membership = new ArrayList<>();
    final List<StateChange> endpoints = new ArrayList<>();
    final List<StateChange> devices = new ArrayList<>();

    boolean isEmpty() {
        return channels.isEmpty() && bridges.isEmpty() && membership.isEmpty() && endpoints.isEmpty()
                && devices.isEmpty();
    }

    void add(String a, AriMessage m, Instant at) {
        if (m instanceof ChannelEvent e) {
            observe(a, e.channel(), at);
        }
        if (m instanceof Dial d) {
            observe(a, d.caller(), at);
            observe(a, d.peer(), at);
        }
        if (m instanceof BridgeEvent e && e.bridge() != null && e.bridge().id() != null) {
            bridge(a, e.bridge().id()).observe(e.bridge(), at);
        }
        if (m instanceof ChannelHangupRequest e && !Boolean.TRUE.equals(e.soft()) && hasId(e.channel())) {
            channel(a, e.channel().id()).hangupRequested(e.cause(), e.techCause());
        } else if (m instanceof ChannelDestroyed e && hasId(e.channel())) {
            channel(a, e.channel().id()).close(at, e.cause(), e.causeTxt(), "destroyed");
            membership.add(new MembershipOp(MembershipKind.CLOSE_CHANNEL, a, null, e.channel().id(), at,
                    "channel destroyed"));
        } else if (m instanceof ChannelEnteredBridge e && hasId(e.channel()) && hasId(e.bridge())) {
            membership.add(new MembershipOp(MembershipKind.ENTER, a, e.bridge().id(), e.channel().id(), at, null));
        } else if (m instanceof ChannelLeftBridge e && hasId(e.channel()) && hasId(e.bridge())) {
            membership.add(new MembershipOp(MembershipKind.LEAVE, a, e.bridge().id(), e.channel().id(), at, null));
        } else if (m instanceof BridgeDestroyed e && hasId(e.bridge())) {
            closeBridge(a, e.bridge().id(), at, "destroyed");
        } else if (m instanceof BridgeMerged e && hasId(e.bridgeFrom())) {
            bridge(a, e.bridgeFrom().id()).observe(e.bridgeFrom(), at);
            closeBridge(a, e.bridgeFrom().id(), at, "merged into " + (e.bridge() == null ? "?" : e.bridge().id()));
        } else if (m instanceof EndpointStateChange e && e.endpoint() != null && e.endpoint().state() != null
                && e.endpoint().technology() != null && e.endpoint().resource() != null) {
            endpoints.add(new StateChange(a, e.endpoint().technology(), e.endpoint().resource(),
                    e.endpoint().state(), at));
        } else if (m instanceof DeviceStateChanged e && e.deviceState() != null && e.deviceState().state() != null
                && e.deviceState().name() != null) {
            devices.add(new StateChange(a, e.deviceState().name(), null, e.deviceState().state(), at));
        }
    }

    private void closeBridge(String a, String bridgeId, Instant at, String reason) {
        bridge(a, bridgeId).close(at, reason);
        membership.add(new MembershipOp(MembershipKind.CLOSE_BRIDGE, a, bridgeId, null, at, "bridge " + reason));
    }

    private void observe(String a, Channel c, Instant at) {
        if (hasId(c)) {
            channel(a, c.id()).observe(c, at, true);
        }
    }

    ChannelRow channel(String a, String id) {
        return channels.computeIfAbsent(a + '\0' + id, k -> new ChannelRow(a, id));
    }

    BridgeRow bridge(String a, String id) {
        return bridges.computeIfAbsent(a + '\0' + id, k -> new BridgeRow(a, id));
    }

    private static boolean hasId(Channel c) {
        return c != null && c.id() != null;
    }

    private static boolean hasId(Bridge b) {
        return b != null && b.id() != null;
    }
}
