package io.callcenter.mirror;

import io.callcenter.ari.model.Bridge;
import io.callcenter.ari.model.Channel;
import io.callcenter.mirror.MirrorChange.BridgeRemoved;
import io.callcenter.mirror.MirrorChange.BridgeUpdated;
import io.callcenter.mirror.MirrorChange.ChannelRemoved;
import io.callcenter.mirror.MirrorChange.ChannelUpdated;
import io.callcenter.mirror.MirrorChange.PlaybackRemoved;
import io.callcenter.mirror.MirrorChange.RecordingRemoved;
import io.callcenter.mirror.MirrorChange.RemovalReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The write primitives of one server's state for one event: each records a change only when something changed. */
final class Mutation {

    final ServerState s;
    final Instant at;
    final List<MirrorChange> out = new ArrayList<>();

    Mutation(ServerState s, Instant at) {
        this.s = s;
        this.at = at;
    }

    /** Upserts a channel from an ARI snapshot; ignored for channels already destroyed (late duplicates). */
    ChannelView channel(Channel c, UnaryOperator<ChannelView> tweak) {
        if (c == null || c.id() == null || s.goneChannels.containsKey(c.id())) {
            return null;
        }
        ChannelView prev = s.channels.get(c.id());
        return putChannel(tweak.apply(Views.channel(s.asteriskId, c, prev, at)), prev);
    }

    ChannelView putChannel(ChannelView view, ChannelView prev) {
        s.channels.put(view.id(), view);
        if (!view.equals(prev)) {
            out.add(new ChannelUpdated(s.asteriskId, view, prev));
        }
        return view;
    }

    void removeChannel(String id, RemovalReason reason, Integer cause, String causeTxt) {
        s.goneChannels.put(id, Boolean.TRUE);
        ChannelView gone = s.channels.remove(id);
        if (gone == null) {
            return;
        }
        out.add(new ChannelRemoved(s.asteriskId, gone, reason, cause, causeTxt));
        for (BridgeView b : List.copyOf(s.bridges.values())) {
            if (b.channelIds().contains(id)) {
                List<String> rest = new ArrayList<>(b.channelIds());
                rest.remove(id);
                putBridge(b.withChannels(rest), b);
            }
        }
        removeTargeting("channel:" + id);
    }

    /** Upserts a bridge from an ARI snapshot; ignored for bridges already destroyed. */
    BridgeView bridge(Bridge b) {
        if (b == null || b.id() == null || s.goneBridges.containsKey(b.id())) {
            return null;
        }
        BridgeView prev = s.bridges.get(b.id());
        return putBridge(Views.bridge(s.asteriskId, b, prev, at), prev);
    }

    BridgeView putBridge(BridgeView view, BridgeView prev) {
        s.bridges.put(view.id(), view);
        if (!view.equals(prev)) {
            out.add(new BridgeUpdated(s.asteriskId, view, prev));
        }
        return view;
    }

    void removeBridge(String id, RemovalReason reason) {
        s.goneBridges.put(id, Boolean.TRUE);
        BridgeView gone = s.bridges.remove(id);
        if (gone == null) {
            return;
        }
        out.add(new BridgeRemoved(s.asteriskId, gone, reason));
        for (ChannelView c : List.copyOf(s.channels.values())) {
            if (id.equals(c.bridgeId())) {
                putChannel(c.withBridge(null), c);
            }
        }
        removeTargeting("bridge:" + id);
    }

    /** Sets which bridge a known channel is in (null: none, only if it was in {@code expected}). */
    void channelBridge(String channelId, String bridgeId, String expected) {
        ChannelView c = channelId == null ? null : s.channels.get(channelId);
        if (c == null || (bridgeId == null && !java.util.Objects.equals(c.bridgeId(), expected))) {
            return;
        }
        putChannel(c.withBridge(bridgeId), c);
    }

    /** Drops playbacks and recordings of a target that went away (their own events may never come). */
    void removeTargeting(String targetUri) {
        for (PlaybackView p : List.copyOf(s.playbacks.values())) {
            if (targetUri.equals(p.targetUri()) && s.playbacks.remove(p.id()) != null) {
                out.add(new PlaybackRemoved(s.asteriskId, p));
            }
        }
        for (RecordingView r : List.copyOf(s.recordings.values())) {
            if (targetUri.equals(r.targetUri()) && s.recordings.remove(r.name()) != null) {
                out.add(new RecordingRemoved(s.asteriskId, r));
            }
        }
    }
}
