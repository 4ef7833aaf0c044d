package io.callcenter.mirror;

import io.callcenter.ari.events.AriMessage;
import io.callcenter.ari.events.BridgeDestroyed;
import io.callcenter.ari.events.BridgeEvent;
import io.callcenter.ari.events.BridgeMerged;
import io.callcenter.ari.events.ChannelDestroyed;
import io.callcenter.ari.events.ChannelEnteredBridge;
import io.callcenter.ari.events.ChannelEvent;
import io.callcenter.ari.events.ChannelHangupRequest;
import io.callcenter.ari.events.ChannelLeftBridge;
import io.callcenter.ari.events.ContactStatusChange;
import io.callcenter.ari.events.DeviceStateChanged;
import io.callcenter.ari.events.Dial;
import io.callcenter.ari.events.EndpointStateChange;
import io.callcenter.ari.events.PeerStatusChange;
import io.callcenter.ari.events.PlaybackContinuing;
import io.callcenter.ari.events.PlaybackFinished;
import io.callcenter.ari.events.PlaybackStarted;
import io.callcenter.ari.events.RecordingFailed;
import io.callcenter.ari.events.RecordingFinished;
import io.callcenter.ari.events.RecordingStarted;
import io.callcenter.ari.events.StasisEnd;
import io.callcenter.ari.events.StasisStart;
import io.callcenter.mirror.MirrorChange.RemovalReason;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies one ARI event to a server's state. Every step is an upsert or a remove of an absent-safe kind, so
 * repeated events, events for objects never seen (StasisStart of an originated channel) and destroys of objects
 * already gone change nothing twice.
 */
final class EventApplier {

    private EventApplier() {
    }

    static void apply(Mutation m, AriMessage msg) {
        if (msg instanceof ChannelDestroyed e) {
            if (e.channel() != null && e.channel().id() != null) {
                m.removeChannel(e.channel().id(), RemovalReason.DESTROYED, e.cause(), e.causeTxt());
            }
        } else if (msg instanceof StasisStart e) {
            m.channel(e.channel(), c -> c.withStasis(e.application(), e.args()));
        } else if (msg instanceof StasisEnd e) {
            m.channel(e.channel(), c -> c.withStasis(null, List.of()));
        } else if (msg instanceof ChannelEnteredBridge e) {
            m.bridge(e.bridge());
            String bridgeId = e.bridge() == null ? null : e.bridge().id();
            m.channel(e.channel(), c -> bridgeId == null ? c : c.withBridge(bridgeId));
        } else if (msg instanceof ChannelLeftBridge e) {
            m.bridge(e.bridge());
            String bridgeId = e.bridge() == null ? null : e.bridge().id();
            m.channel(e.channel(), c -> bridgeId != null && bridgeId.equals(c.bridgeId()) ? c.withBridge(null) : c);
        } else if (msg instanceof ChannelHangupRequest e) {
            boolean hard = !Boolean.TRUE.equals(e.soft()) && e.cause() != null;
            m.channel(e.channel(), c -> hard ? c.withHangupCause(e.cause()) : c);
        } else if (msg instanceof Dial e) {
            m.channel(e.caller(), UnaryOperator.identity());
            m.channel(e.peer(), c -> e.dialstatus() == null ? c : c.withDialStatus(e.dialstatus()));
        } else if (msg instanceof ChannelEvent e) {
            m.channel(e.channel(), UnaryOperator.identity());
        } else if (msg instanceof BridgeDestroyed e) {
            if (e.bridge() != null && e.bridge().id() != null) {
                m.removeBridge(e.bridge().id(), RemovalReason.DESTROYED);
            }
        } else if (msg instanceof BridgeMerged e) {
            if (e.bridgeFrom() != null && e.bridgeFrom().id() != null) {
                m.removeBridge(e.bridgeFrom().id(), RemovalReason.MERGED);
            }
            BridgeView into = m.bridge(e.bridge());
            if (into != null) {
                into.channelIds().forEach(id -> m.channelBridge(id, into.id(), null));
            }
        } else if (msg instanceof BridgeEvent e) {
            m.bridge(e.bridge());
        } else {
            applyOther(m, msg);
        }
    }

    private static void applyOther(Mutation m, AriMessage msg) {
        if (msg instanceof EndpointStateChange e) {
            MediaMutations.endpoint(m, e.endpoint(), null);
        } else if (msg instanceof PeerStatusChange e) {
            MediaMutations.endpoint(m, e.endpoint(), e.peer() == null ? null : e.peer().peerStatus());
        } else if (msg instanceof ContactStatusChange e) {
            MediaMutations.endpoint(m, e.endpoint(), null);
        } else if (msg instanceof DeviceStateChanged e) {
            if (e.deviceState() != null) {
                MediaMutations.deviceState(m, e.deviceState().name(), e.deviceState().state());
            }
        } else if (msg instanceof PlaybackStarted e) {
            MediaMutations.playback(m, e.playback(), false);
        } else if (msg instanceof PlaybackContinuing e) {
            MediaMutations.playback(m, e.playback(), false);
        } else if (msg instanceof PlaybackFinished e) {
            MediaMutations.playback(m, e.playback(), true);
        } else if (msg instanceof RecordingStarted e) {
            MediaMutations.recording(m, e.recording(), false);
        } else if (msg instanceof RecordingFinished e) {
            MediaMutations.recording(m, e.recording(), true);
        } else if (msg instanceof RecordingFailed e) {
            MediaMutations.recording(m, e.recording(), true);
        }
    }
}
