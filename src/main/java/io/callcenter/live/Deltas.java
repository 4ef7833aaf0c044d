package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.MirrorChange;

/** Maps mirror changes to the deltas browsers get; kinds not pushed (yet) map to null. */
final class Deltas {

    private Deltas() {
    }

    static Delta of(MirrorChange change) {
        if (change instanceof MirrorChange.ChannelUpdated c) {
            return new Delta.ChannelUpsert(c.asteriskId(), c.channel());
        }
        if (change instanceof MirrorChange.ChannelRemoved c) {
            return new Delta.ChannelRemove(c.asteriskId(), c.channel().id(), c.reason().name(), c.cause(),
                    c.causeTxt());
        }
        if (change instanceof MirrorChange.BridgeUpdated b) {
            return new Delta.BridgeUpsert(b.asteriskId(), b.bridge());
        }
        if (change instanceof MirrorChange.BridgeRemoved b) {
            return new Delta.BridgeRemove(b.asteriskId(), b.bridge().id(), b.reason().name());
        }
        if (change instanceof MirrorChange.EndpointUpdated e) {
            return new Delta.EndpointUpsert(e.asteriskId(), e.endpoint());
        }
        if (change instanceof MirrorChange.DeviceStateUpdated d) {
            return new Delta.DeviceStateUpsert(d.asteriskId(), d.deviceState());
        }
        if (change instanceof MirrorChange.Resynced r) {
            return new Delta.Resynced(r.asteriskId(), r.server(), r.takenAt());
        }
        // playbacks, recordings and raw events are not part of the browser protocol yet
        return null;
    }
}
