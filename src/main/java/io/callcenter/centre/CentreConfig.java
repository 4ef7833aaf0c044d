package io.callcenter.centre;

import io.callcenter.metrics.BusinessDay;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The contact centre as a whole: the zone every wallboard day and report bucket is shown in (the database keeps
 * UTC) and when its business day starts.
 */
@ConfigMapping(prefix = "callcenter.centre")
public interface CentreConfig {

    /** The centre's time zone, an IANA id such as Europe/Paris. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Local time a business day starts at; 24/7 centres pick a quiet hour such as 06:00. */
    @WithDefault("00:00")
    LocalTime dayStart();

    /** The business day these two keys define (see {@link BusinessDay}). */
    default BusinessDay businessDay() {
        return new BusinessDay(dayStart(), zone());
    }
}
