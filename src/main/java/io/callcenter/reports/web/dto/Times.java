package io.callcenter.reports.web.dto;

import io.callcenter.metrics.Average;
import io.callcenter.metrics.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How reports put times and figures on the wire: instants as ISO date-times with the centre's offset (so a browser in
 * another zone still shows the centre's clock by reading the text), durations in milliseconds, ratios in percent;
 * "no value" is null, never 0.
 */
public final class Times {

    private Times() {
    }

    public static String local(Instant at, ZoneId zone) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone).toOffsetDateTime());
    }

    public static String local(Optional<Instant> at, ZoneId zone) {
        return at.map(a -> local(a, zone)).orElse(null);
    }

    public static Long ms(Optional<Duration> d) {
        return d.map(Duration::toMillis).orElse(null);
    }

    public static Long ms(Average average) {
        return ms(average.value());
    }

    /** An enum constant as the API spells it: {@code AFTER_HOURS} → {@code after-hours}. */
    public static String slug(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Double percent(Ratio ratio) {
        return ratio.percent().isPresent() ? Math.round(ratio.percent().getAsDouble() * 10) / 10.0 : null;
    }
}
