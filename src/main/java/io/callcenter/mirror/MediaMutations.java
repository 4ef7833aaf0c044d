package io.callcenter.mirror;

import io.callcenter.ari.model.Endpoint;
import io.callcenter.ari.model.LiveRecording;
import io.callcenter.ari.model.Playback;
import io.callcenter.mirror.MirrorChange.DeviceStateUpdated;
import io.callcenter.mirror.MirrorChange.EndpointUpdated;
import io.callcenter.mirror.MirrorChange.PlaybackRemoved;
import io.callcenter.mirror.MirrorChange.PlaybackUpdated;
import io.callcenter.mirror.MirrorChange.RecordingRemoved;
import io.callcenter.mirror.MirrorChange.RecordingUpdated;

/** Write primitives for endpoints, device states, playbacks and recordings. */
final class MediaMutations {

    private MediaMutations() {
    }

    static void endpoint(Mutation m, Endpoint e, String peerStatus) {
        if (e == null || e.technology() == null || e.resource() == null) {
            return;
        }
        String key = e.technology() + "/" + e.resource();
        EndpointView prev = m.s.endpoints.get(key);
        String peer = peerStatus != null ? peerStatus : prev == null ? null : prev.peerStatus();
        EndpointView view = new EndpointView(m.s.asteriskId, e.technology(), e.resource(), e.state(), e.channelIds(),
                peer);
        m.s.endpoints.put(key, view);
        if (!view.equals(prev)) {
            m.out.add(new EndpointUpdated(m.s.asteriskId, view, prev));
        }
    }

    static void deviceState(Mutation m, String name, String state) {
        if (name == null) {
            return;
        }
        DeviceStateView view = new DeviceStateView(m.s.asteriskId, name, state);
        DeviceStateView prev = m.s.deviceStates.put(name, view);
        if (!view.equals(prev)) {
            m.out.add(new DeviceStateUpdated(m.s.asteriskId, view, prev));
        }
    }

    static void playback(Mutation m, Playback p, boolean finished) {
        if (p == null || p.id() == null) {
            return;
        }
        PlaybackView view = new PlaybackView(m.s.asteriskId, p.id(), p.mediaUri(), p.nextMediaUri(), p.targetUri(),
                p.state());
        if (finished) {
            // reported with its final state (done / failed)
            if (m.s.playbacks.remove(p.id()) != null) {
                m.out.add(new PlaybackRemoved(m.s.asteriskId, view));
            }
            return;
        }
        if (!view.equals(m.s.playbacks.put(p.id(), view))) {
            m.out.add(new PlaybackUpdated(m.s.asteriskId, view));
        }
    }

    static void recording(Mutation m, LiveRecording r, boolean finished) {
        if (r == null || r.name() == null) {
            return;
        }
        RecordingView view = new RecordingView(m.s.asteriskId, r.name(), r.format(), r.targetUri(), r.state());
        if (finished) {
            if (m.s.recordings.remove(r.name()) != null) {
                m.out.add(new RecordingRemoved(m.s.asteriskId, view));
            }
            return;
        }
        if (!view.equals(m.s.recordings.put(r.name(), view))) {
            m.out.add(new RecordingUpdated(m.s.asteriskId, view));
        }
    }
}
