package io.callcenter.ari.events;

import io.callcenter.ari.model.Channel;

/** An event about one channel (its {@code channel} property). */
public interface ChannelEvent extends AriEvent {

    /** The channel's snapshot at the time of the event; may be null for a global ChannelVarset. */
    Channel channel();
}
