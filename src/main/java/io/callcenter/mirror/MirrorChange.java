package io.callcenter.mirror;

import io.callcenter.ari.events.AriMessage;
import java.time.Instant;

/** What changed in the mirror; every change names the Asterisk server it concerns. */
public sealed interface MirrorChange {

    /** Entity id of the Asterisk the change belongs to. */
    String asteriskId();

    /** Why an object left the mirror. */
    enum RemovalReason {
        /** Asterisk reported it gone (ChannelDestroyed, BridgeDestroyed, PlaybackFinished...). */
        DESTROYED,
        /** The bridge was merged into another one. */
        MERGED,
        /** It was missing from the state read after a reconnect: it ended while we were away. */
        VANISHED
    }

    /** A channel appeared or changed; {@code previous} is null when it is new. */
    record ChannelUpdated(String asteriskId, ChannelView channel, ChannelView previous) implements MirrorChange {
    }

    /** A channel is gone; cause/causeTxt come from ChannelDestroyed (null when it vanished). */
    record ChannelRemoved(String asteriskId, ChannelView channel, RemovalReason reason, Integer cause,
            String causeTxt) implements MirrorChange {
    }

    /** A bridge appeared or changed (e.g. its members); {@code previous} is null when it is new. */
    record BridgeUpdated(String asteriskId, BridgeView bridge, BridgeView previous) implements MirrorChange {
    }

    /** A bridge is gone. */
    record BridgeRemoved(String asteriskId, BridgeView bridge, RemovalReason reason) implements MirrorChange {
    }

    /** An endpoint appeared or changed state; {@code previous} is null when it is new. */
    record EndpointUpdated(String asteriskId, EndpointView endpoint, EndpointView previous) implements MirrorChange {
    }

    /** A device state appeared or changed; {@code previous} is null when it is new. */
    record DeviceStateUpdated(String asteriskId, DeviceStateView deviceState, DeviceStateView previous)
            implements MirrorChange {
    }

    /** A playback started or moved on to its next media. */
    record PlaybackUpdated(String asteriskId, PlaybackView playback) implements MirrorChange {
    }

    /** A playback finished, with its final state (done, failed), or its target went away. */
    record PlaybackRemoved(String asteriskId, PlaybackView playback) implements MirrorChange {
    }

    /** A live recording started. */
    record RecordingUpdated(String asteriskId, RecordingView recording) implements MirrorChange {
    }

    /** A live recording finished or failed, with its final state, or its target went away. */
    record RecordingRemoved(String asteriskId, RecordingView recording) implements MirrorChange {
    }

    /** The server's state was replaced by a fresh read after a (re)connect; removals were reported before. */
    record Resynced(String asteriskId, String server, Instant takenAt) implements MirrorChange {
    }

    /**
     * Any event, typed, delivered after the changes it caused (and also for events that change nothing, such as
     * Dial, ChannelDtmfReceived or ChannelUserevent), so features never re-parse ARI JSON.
     */
    record EventObserved(String asteriskId, String server, AriMessage message, Instant at) implements MirrorChange {
    }
}
