package io.callcenter.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Browser push over {@code /api/live}: coalescing, slow-client and heartbeat settings. */
@ConfigMapping(prefix = "callcenter.live")
public interface LiveConfig {

    /**
     * How often deltas are sent to browsers. Changes to one object within an interval are coalesced (latest state
     * wins); a browser still writing its previous frame gets what arrived meanwhile in its next one.
     */
    @WithDefault("20ms")
    Duration flushInterval();

    /**
     * How many distinct objects may wait for one connection before it counts as too slow; a connection over the
     * bound for longer than {@link #slowCloseGrace()} is closed.
     */
    @WithDefault("5000")
    int maxPending();

    /** How long a connection's backlog may stay over {@link #maxPending()} before it is closed as too slow. */
    @WithDefault("10s")
    Duration slowCloseGrace();

    /** How often the server sends a {@code heartbeat} message to each browser. */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /**
     * A browser that sent no message (ping or resync) for this long is closed; checked at each heartbeat, so
     * clients should ping at least every half of it.
     */
    @WithDefault("45s")
    Duration clientIdleTimeout();
}
