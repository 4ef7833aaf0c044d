package io.callcenter.mirror;

import java.util.List;

/** An endpoint (technology/resource), its state, its channels and the last peer status reported for it. */
public record EndpointView(String asteriskId, String technology, String resource, String state,
        List<String> channelIds, String peerStatus) {

    public EndpointView {
        channelIds = channelIds == null ? List.of() : List.copyOf(channelIds);
    }

    /** The key Asterisk uses: {@code technology/resource}. */
    public String key() {
        return technology + "/" + resource;
    }
}
