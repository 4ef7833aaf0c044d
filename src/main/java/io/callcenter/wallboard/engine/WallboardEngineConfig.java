package io.callcenter.wallboard.engine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The wallboard metric engine: how live rows are tailed and how often changes are announced. */
@ConfigMapping(prefix = "callcenter.wallboard.engine")
public interface WallboardEngineConfig {

    /** How often PostgreSQL is asked for new history rows while the live engine runs. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** At most one change event per this interval. */
    @WithDefault("1s")
    Duration pushInterval();

    /** A change that brings a new waiting caller goes out after at most this much since the previous event. */
    @WithDefault("250ms")
    Duration urgentPushInterval();

    /** How far back the live rows reach besides the current business day (sliding windows up to this are live). */
    @WithDefault("24h")
    Duration liveHistory();

    /** A gap in row ids (a rolled-back insert) is given up after this long. */
    @WithDefault("5s")
    Duration gapTimeout();
}
