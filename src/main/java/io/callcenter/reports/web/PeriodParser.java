package io.callcenter.reports.web;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code range} (today, last-7-days, ...) or {@code from} / {@code to}: a date is a business day (to inclusive), a
 * local date-time ({@code 2026-11-27T08:30}) an instant in the centre's zone (to exclusive). No period = today.
 */
final class PeriodParser {

    private PeriodParser() {
    }

    /** The period, or null after adding errors. */
    static Period parse(Params p, BusinessDay day, Instant now) {
        Optional<String> range = p.text("range");
        Optional<String> from = p.text("from");
        Optional<String> to = p.text("to");
        LocalDate today = day.dateOf(now);
        if (range.isPresent()) {
            if (from.isPresent() || to.isPresent()) {
                p.errors().add("range", "give either range or from/to, not both");
                return null;
            }
            return range.flatMap(Range::find).map(r -> days(r.first(today), r.last(today), day))
                    .orElseGet(() -> {
                        p.errors().add("range", "unknown range '" + range.get() + "'");
                        return null;
                    });
        }
        if (from.isEmpty() && to.isEmpty()) {
            return days(today, today, day);
        }
        Instant start = from.map(v -> instant(p, "from", v, day, false)).orElse(null);
        Instant end = to.map(v -> instant(p, "to", v, day, true)).orElse(null);
        if (from.isEmpty() || to.isEmpty()) {
            p.errors().add(from.isEmpty() ? "from" : "to", "required when " + (from.isEmpty() ? "to" : "from")
                    + " is given");
            return null;
        }
        if (start == null || end == null) {
            return null;
        }
        if (!end.isAfter(start)) {
            p.errors().add("to", "must be after from");
            return null;
        }
        return new Period(new TimeWindow(start, end), day.zone(), from.get() + ".." + to.get());
    }

    private static Period days(LocalDate first, LocalDate last, BusinessDay day) {
        return new Period(new TimeWindow(day.startOf(first), day.startOf(last.plusDays(1))), day.zone(),
                first.equals(last) ? first.toString() : first + ".." + last);
    }

    private static Instant instant(Params p, String name, String value, BusinessDay day, boolean end) {
        try {
            if (value.length() <= 10) {
                LocalDate date = LocalDate.parse(value);
                return day.startOf(end ? date.plusDays(1) : date);
            }
            return LocalDateTime.parse(value).atZone(day.zone()).toInstant();
        } catch (DateTimeParseException e) {
            p.errors().add(name, "'" + value + "' is neither a date (2026-11-27) nor a local date-time (2026-11-27T08:30)");
            return null;
        }
    }
}
