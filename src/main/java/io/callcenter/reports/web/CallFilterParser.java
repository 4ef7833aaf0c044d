package io.callcenter.reports.web;

import io.callcenter.metrics.CallOutcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The call-search filters: {@code number}, {@code outcome} (comma-separated), {@code minDuration} / {@code maxDuration} in seconds. */
final class CallFilterParser {

    private static final Pattern NUMBER = Pattern.compile("[0-9+*#]{1,40}");

    private CallFilterParser() {
    }

    static CallFilter parse(Params p) {
        Optional<String> number = p.text("number");
        if (number.isPresent() && !NUMBER.matcher(number.get()).matches()) {
            p.errors().add("number", "digits, '+', '*' or '#' only (1-40), got '" + number.get() + "'");
            number = Optional.empty();
        }
        Set<CallOutcome> outcomes = EnumSet.noneOf(CallOutcome.class);
        for (String o : p.list("outcome")) {
            Optional<CallOutcome> found = outcome(o);
            found.ifPresentOrElse(outcomes::add, () -> p.errors().add("outcome", "unknown outcome '" + o
                    + "'; one of answered, transferred, abandoned, timeout, overflow, after-hours"));
        }
        Optional<Duration> min = seconds(p, "minDuration");
        Optional<Duration> max = seconds(p, "maxDuration");
        if (min.isPresent() && max.isPresent() && max.get().compareTo(min.get()) < 0) {
            p.errors().add("maxDuration", "must not be less than minDuration");
        }
        return new CallFilter(number, Set.copyOf(outcomes), min, max);
    }

    /** An outcome by its slug ({@code after-hours}) or enum name. */
    static Optional<CallOutcome> outcome(String value) {
        String v = value.trim().replace('-', '_');
        return Arrays.stream(CallOutcome.values()).filter(c -> c.name().equalsIgnoreCase(v)).findFirst();
    }

    private static Optional<Duration> seconds(Params p, String name) {
        if (p.text(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(p.integer(name, 0, 0, 86_400 * 7)));
    }
}
