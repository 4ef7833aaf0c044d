package io.callcenter.ari.events;

import java.util.Map;

/** Every event type named in the ARI spec, mapped to its record. Generated from events.json. */
final class EventTypes {

    static final Map<String, Class<? extends AriMessage>> BY_NAME = Map.ofEntries(
            Map.entry("ApplicationMoveFailed", ApplicationMoveFailed.class),
            Map.entry("ApplicationRegistered", ApplicationRegistered.class),
            Map.entry("ApplicationReplaced", ApplicationReplaced.class),
            Map.entry("ApplicationUnregistered", ApplicationUnregistered.class),
            Map.entry("BridgeAttendedTransfer", BridgeAttendedTransfer.class),
            Map.entry("BridgeBlindTransfer", BridgeBlindTransfer.class),
            Map.entry("BridgeCreated", BridgeCreated.class),
            Map.entry("BridgeDestroyed", BridgeDestroyed.class),
            Map.entry("BridgeMerged", BridgeMerged.class),
            Map.entry("BridgeVideoSourceChanged", BridgeVideoSourceChanged.class),
            Map.entry("CallBroadcast", CallBroadcast.class),
            Map.entry("CallClaimed", CallClaimed.class),
            Map.entry("ChannelCallerId", ChannelCallerId.class),
            Map.entry("ChannelConnectedLine", ChannelConnectedLine.class),
            Map.entry("ChannelCreated", ChannelCreated.class),
            Map.entry("ChannelDestroyed", ChannelDestroyed.class),
            Map.entry("ChannelDialplan", ChannelDialplan.class),
            Map.entry("ChannelDtmfReceived", ChannelDtmfReceived.class),
            Map.entry("ChannelEnteredBridge", ChannelEnteredBridge.class),
            Map.entry("ChannelHangupRequest", ChannelHangupRequest.class),
            Map.entry("ChannelHold", ChannelHold.class),
            Map.entry("ChannelLeftBridge", ChannelLeftBridge.class),
            Map.entry("ChannelStateChange", ChannelStateChange.class),
            Map.entry("ChannelTalkingFinished", ChannelTalkingFinished.class),
            Map.entry("ChannelTalkingStarted", ChannelTalkingStarted.class),
            Map.entry("ChannelToneDetected", ChannelToneDetected.class),
            Map.entry("ChannelTransfer", ChannelTransfer.class),
            Map.entry("ChannelUnhold", ChannelUnhold.class),
            Map.entry("ChannelUserevent", ChannelUserevent.class),
            Map.entry("ChannelVarset", ChannelVarset.class),
            Map.entry("ContactStatusChange", ContactStatusChange.class),
            Map.entry("DeviceStateChanged", DeviceStateChanged.class),
            Map.entry("Dial", Dial.class),
            Map.entry("EndpointStateChange", EndpointStateChange.class),
            Map.entry("MissingParams", MissingParams.class),
            Map.entry("PeerStatusChange", PeerStatusChange.class),
            Map.entry("PlaybackContinuing", PlaybackContinuing.class),
            Map.entry("PlaybackFinished", PlaybackFinished.class),
            Map.entry("PlaybackStarted", PlaybackStarted.class),
            Map.entry("RESTResponse", RESTResponse.class),
            Map.entry("RecordingFailed", RecordingFailed.class),
            Map.entry("RecordingFinished", RecordingFinished.class),
            Map.entry("RecordingStarted", RecordingStarted.class),
            Map.entry("StasisEnd", StasisEnd.class),
            Map.entry("StasisStart", StasisStart.class),
            Map.entry("TextMessageReceived", TextMessageReceived.class));

    private EventTypes() {
    }
}
