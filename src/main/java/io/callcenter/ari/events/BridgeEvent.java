package io.callcenter.ari.events;

import io.callcenter.ari.model.Bridge;

/** An event about one bridge (its {@code bridge} property). */
public interface BridgeEvent extends AriEvent {

    /** The bridge's snapshot at the time of the event. */
    Bridge bridge();
}
