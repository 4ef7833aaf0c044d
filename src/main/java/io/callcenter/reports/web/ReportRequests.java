package io.callcenter.reports.web;

import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
            ReportType.AGENT_PERFORMANCE, Set.of("agent"),
            ReportType.ABANDONS, Set.of("interval", "hours"),
            ReportType.CALLS, Set.of("agent", "number", "outcome", "minDuration", "maxDuration", "hours", "page",
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
        Interval interval = p.choice("interval", Interval::find, defaultInterval(period));
        ReportRequest.Hours hours = p.choice("hours", v -> Arrays.stream(ReportRequest.Hours.values())
                .filter(h -> h.name().equalsIgnoreCase(v.trim())).findFirst(), ReportRequest.Hours.ALL);
        CallFilter calls = CallFilterParser.parse(p);
        int page = p.integer("page", 0, 0, 1_000_000);
        int size = p.integer("size", limits.pageSize(), 1, limits.maxPageSize());
        checkLength(type, period, interval, limits, errors);
        errors.throwIfAny();
        return new ReportRequest(type, period, queues, agents, interval, hours, calls, page, size);
    }

    private static List<String> names(Params p, String name) {
        List<String> values = p.list(name);
        values.stream().filter(v -> !NAME.matcher(v).matches()).forEach(v -> p.errors().add(name,
                "'" + v + "' is not a name (1-100 letters, digits, '_', '.', '@' or '-')"));
        return values;
    }

    private static Interval defaultInterval(Period period) {
        if (period == null) {
            return Interval.DAY;
        }
        return period.window().length().compareTo(java.time.Duration.ofHours(26)) <= 0 ? Interval.HOUR : Interval.DAY;
    }

    private static void checkLength(ReportType type, Period period, Interval interval, ReportsWebConfig limits,
            ParamErrors errors) {
        if (period == null) {
            return;
        }
        TimeWindow w = period.window();
        long days = ChronoUnit.DAYS.between(w.start(), w.end().minusNanos(1)) + 1;
        boolean quarters = type != ReportType.AGENT_PERFORMANCE && type != ReportType.CALLS
                && interval == Interval.QUARTER_HOUR;
        int max = quarters ? limits.maxQuarterHourDays() : limits.maxDays();
        if (days > max) {
            errors.add("to", "the period covers " + days + " days; at most " + max + " are allowed"
                    + (quarters ? " with quarter-hour rows" : ""));
        }
    }

    /** The business day containing now, for callers that need "today". */
    public static LocalDate today(BusinessDay day, Instant now) {
        return day.dateOf(now);
    }
}
