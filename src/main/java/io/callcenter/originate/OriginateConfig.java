package io.callcenter.originate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** Originate ({@code POST /api/originate}): defaults of the form and the bounds of what is kept in memory. */
@ConfigMapping(prefix = "callcenter.originate")
public interface OriginateConfig {

    /** Originate records kept in memory (the oldest finished ones are dropped first; all stay in PostgreSQL). */
    @WithDefault("1000")
    @Min(1)
    int maxRecords();

    /** Longest {@code waitSeconds} a client may long-poll {@code GET /api/originate/{id}} for. */
    @WithDefault("60")
    @Min(0)
    @Max(3600)
    int maxWaitSeconds();

    /** Ring timeout in seconds when the request gives none (ARI's own default). */
    @WithDefault("30")
    @Min(1)
    @Max(600)
    int defaultTimeout();

    /** Dialplan context the answered channel continues in when the request gives none. */
    @WithDefault("default")
    @Pattern(regexp = "[A-Za-z0-9_.-]+")
    String defaultContext();

    /** Dialplan extension the answered channel continues at when the request gives none. */
    @WithDefault("s")
    @Pattern(regexp = "[A-Za-z0-9_.+*#-]+")
    String defaultExtension();
}
