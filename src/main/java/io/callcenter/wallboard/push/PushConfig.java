package io.callcenter.wallboard.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The wallboard push socket {@code /api/wallboard-push/{id}}: pace and heartbeats. */
@ConfigMapping(prefix = "callcenter.wallboard-push")
public interface PushConfig {

    /** Figures go to a screen at most this often (clock-driven values such as waits change every second). */
    @WithDefault("1s")
    Duration minInterval();

    /** A new waiting caller goes out after this much time since the last frame, sooner than minInterval. */
    @WithDefault("250ms")
    Duration urgentInterval();

    /** A heartbeat is sent when nothing else was sent for this long; screens show "stale" after missing several. */
    @WithDefault("5s")
    Duration heartbeatInterval();

    /**
     * How often the push loop looks at the open wallboards (the resolution of minInterval; Quarkus runs scheduled
     * jobs at most once a second, so below 1 s this is 1 s). A new waiting caller does not wait for it.
     */
    @WithDefault("200ms")
    Duration tick();
}
