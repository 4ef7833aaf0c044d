package io.callcenter.supervise;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Supervisor tools: listen / whisper / barge and broadcasts. */
@ConfigMapping(prefix = "callcenter.supervise")
public interface SuperviseConfig {

    /** How long the supervisor's own phone rings for a listen / whisper / barge before the attempt ends. */
    @WithDefault("30s")
    Duration ringTimeout();

    /** Longest broadcast text, in characters. */
    @WithDefault("280")
    int broadcastMaxLength();

    /** How many recent broadcasts are kept and replayed to a browser that (re)connects. */
    @WithDefault("20")
    int broadcastsKept();

    /** Broadcasts older than this are no longer replayed to browsers that (re)connect. */
    @WithDefault("1h")
    Duration broadcastReplayFor();
}
