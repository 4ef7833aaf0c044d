package io.callcenter.reports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the report projection ({@code callcenter.reports.*}). */
@ConfigMapping(prefix = "callcenter.reports")
public interface ReportsConfig {

    /** How often the projector brings the CDRs and rollups up to date with the history. */
    @WithDefault("5s")
    Duration projectEvery();

    /** Calls projected per database transaction (live catch-up and rebuild). */
    @WithDefault("1000")
    int batchSize();
}
