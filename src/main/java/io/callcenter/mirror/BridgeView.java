package io.callcenter.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A live bridge and the ids of the channels in it, in the order Asterisk lists them. */
public record BridgeView(String asteriskId, String id, String technology, String bridgeType, String bridgeClass,
        String creator, String name, List<String> channelIds, Instant created) {

    public BridgeView {
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
    }

    BridgeView withChannels(List<String> ids) {
        return new BridgeView(asteriskId, id, technology, bridgeType, bridgeClass, creator, name, ids, created);
    }

    /** Written out, as in {@link ChannelView#equals}: compared on every bridge update. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BridgeView v && ChannelView.same(id, v.id) && channelIds.equals(v.channelIds)
                && ChannelView.same(asteriskId, v.asteriskId) && ChannelView.same(technology, v.technology)
                && ChannelView.same(bridgeType, v.bridgeType) && ChannelView.same(bridgeClass, v.bridgeClass)
                && ChannelView.same(creator, v.creator) && ChannelView.same(name, v.name)
                && Objects.equals(created, v.created);
    }
}
