package io.callcenter.reports.web;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.cdr.CallCursor;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.metrics.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and checks report parameters (a pure function of the parameters, the centre's business day and now): every
 * problem becomes one line of a single 400 answer, unknown parameters included, so a typo never silently widens a
 * report.
 */
public final class ReportRequests {

    private static final Set<String> COMMON = Set.of("from", "to", "range", "queue");
    private static final Map<ReportType, Set<String>> EXTRA = Map.of(
            ReportType.QUEUE_INTERVAL, Set.of("interval", "hours"),
            ReportType.AGENT_PERFORMANCE, Set.of("interval", "agent"),
            ReportType.ABANDONS, Set.of("interval", "hours"),
            ReportType.CALLS, Set.of("agent", "number", "outcome", "minDuration", "maxDuration", "after", "page",
                    "size"));
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,100}");

    private ReportRequests() {
    }

    /** The parameter names a report accepts. */
    public static Set<String> accepted(ReportType type) {
        Set<String> names = new TreeSet<>(COMMON);
        names.addAll(EXTRA.get(type));
        return names;
    }

    public static ReportRequest parse(ReportType type, Map<String, String> params, BusinessDay day, Instant now,
            ReportsWebConfig limits) {
        ParamErrors errors = new ParamErrors();
        Set<String> accepted = accepted(type);
        params.keySet().stream().filter(k -> !accepted.contains(k)).sorted()
                .forEach(k -> errors.add(k, "unknown parameter; " + type.slug() + " accepts " + String.join(", ", accepted)));
        Params p = new Params(params, errors);
        Period period = PeriodParser.parse(p, day, now);
        List<String> queues = names(p, "queue");
        List<String> agents = names(p, "agent");
        ReportBucket bucket = p.choice("interval", ReportRequests::bucket, defaultBucket(period));
        HoursFilter hours = p.choice("hours", ReportRequests::hours, HoursFilter.ALL);
        if (type == ReportType.CALLS && agents.size() > 1) {
            errors.add("agent", "the call search takes one agent");
        }
        CallFilter calls = CallFilterParser.parse(p);
        Optional<CallCursor> after = p.text("after").flatMap(token -> cursor(token, errors));
        int page = p.integer("page", 0, 0, 100_000);
        if (after.isPresent() && page > 0) {
            errors.add("page", "give either after or page, not both");
        }
        int size = p.integer("size", limits.pageSize(), 1, limits.maxPageSize());
        checkLength(type, period, bucket, limits, errors);
        errors.throwIfAny();
        return new ReportRequest(type, period, queues, agents, bucket, hours, calls, after, page, size);
    }

    private static Optional<CallCursor> cursor(String token, ParamErrors errors) {
        try {
            return Optional.of(CallCursor.parse(token));
        } catch (ProblemException malformed) {
            errors.add("after", "not a page token from a previous answer's next");
            return Optional.empty();
        }
    }

    private static List<String> names(Params p, String name) {
        List<String> values = p.list(name);
        values.stream().filter(v -> !NAME.matcher(v).matches()).forEach(v -> p.errors().add(name,
                "'" + v + "' is not a name (1-100 letters, digits, '_', '.', '@' or '-')"));
        return values;
    }

    /** A bucket by slug ({@code quarter-hour}, {@code 15min}, {@code hour}, {@code day}, {@code weekday}, {@code month}, {@code total}). */
    static Optional<ReportBucket> bucket(String value) {
        String v = value.trim().replace('-', '_');
        return v.equalsIgnoreCase("15min") ? Optional.of(ReportBucket.QUARTER_HOUR)
                : Arrays.stream(ReportBucket.values()).filter(b -> b.name().equalsIgnoreCase(v)).findFirst();
    }

    /** {@code all}, {@code open} (or {@code business}), {@code closed} (or {@code outside}). */
    static Optional<HoursFilter> hours(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "business" -> Optional.of(HoursFilter.OPEN);
            case "outside" -> Optional.of(HoursFilter.CLOSED);
            default -> Arrays.stream(HoursFilter.values()).filter(h -> h.name().equalsIgnoreCase(v)).findFirst();
        };
    }

    private static ReportBucket defaultBucket(Period period) {
        if (period == null) {
            return ReportBucket.DAY;
        }
        return period.window().length().compareTo(Duration.ofHours(26)) <= 0 ? ReportBucket.HOUR : ReportBucket.DAY;
    }

    private static void checkLength(ReportType type, Period period, ReportBucket bucket, ReportsWebConfig limits,
            ParamErrors errors) {
        if (period == null) {
            return;
        }
        TimeWindow w = period.window();
        long days = ChronoUnit.DAYS.between(w.start(), w.end().minusNanos(1)) + 1;
        boolean quarters = type != ReportType.CALLS && bucket == ReportBucket.QUARTER_HOUR;
        int max = quarters ? limits.maxQuarterHourDays() : limits.maxDays();
        if (days > max) {
            errors.add("to", "the period covers " + days + " days; at most " + max + " are allowed"
                    + (quarters ? " with quarter-hour rows" : ""));
        }
    }
}
