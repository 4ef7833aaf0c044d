package io.callcenter.mirror;

import java.time.Instant;
import java.util.List;

/** A live bridge and the ids of the channels in it, in the order Asterisk lists them. */
public record BridgeView(String asteriskId, String id, String technology, String bridgeType, String bridgeClass,
        String creator, String name, List<String> channelIds, Instant created) {

    public BridgeView {
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
    }

    BridgeView withChannels(List<String> ids) {
        return new BridgeView(asteriskId, id, technology, bridgeType, bridgeClass, creator, name, ids, created);
    }
}
