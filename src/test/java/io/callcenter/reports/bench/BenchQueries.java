package io.callcenter.reports.bench;

import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.reports.HoursFilter;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.ReportPeriod;
import io.callcenter.reports.cdr.CallCursor;
import io.callcenter.reports.cdr.CallPage;
import io.callcenter.reports.cdr.CallSearch;
import io.callcenter.reports.cdr.CallSearchQuery;
import io.callcenter.reports.query.AbandonReports;
import io.callcenter.reports.query.AgentReportQuery;
import io.callcenter.reports.query.AgentReports;
import io.callcenter.reports.query.QueueReportQuery;
import io.callcenter.reports.query.QueueReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The report queries a manager runs over the year (and a day / week at fine grain), each timed. */
@ApplicationScoped
public class BenchQueries {

    @Inject
    CentreConfig centre;
    @Inject
    QueueReports queues;
    @Inject
    AgentReports agents;
    @Inject
    AbandonReports abandons;
    @Inject
    CallSearch search;
    @Inject
    BenchDiagnostics diagnostics;

    void run(LocalDate first, int days, StringBuilder out) throws Exception {
        var bd = centre.businessDay();
        ReportPeriod year = ReportPeriod.days(first, first.plusDays(days - 1), bd);
        // a Tuesday and the week (Monday to Sunday) around it, in the middle of the data
        LocalDate monday = first.plusDays(days / 2).with(java.time.DayOfWeek.MONDAY);
        ReportPeriod day = ReportPeriod.days(monday.plusDays(1), monday.plusDays(1), bd);
        ReportPeriod week = ReportPeriod.days(monday, monday.plusDays(6), bd);
        out.append(String.format("year = %s..%s, week = %s..%s, day = %s%n", first, first.plusDays(days - 1), monday,
                monday.plusDays(6), monday.plusDays(1)));
        BenchTimer timer = new BenchTimer();
        if (Boolean.getBoolean("bench.diag")) {
            diagnostics.run(year, out);
            System.out.print(out);
        }
        for (ReportBucket b : new ReportBucket[] {ReportBucket.TOTAL, ReportBucket.MONTH, ReportBucket.WEEKDAY,
                ReportBucket.DAY, ReportBucket.HOUR}) {
            timer.add("queue interval, year, by " + name(b) + ", all queues", () -> queues.intervalReport(q(year, b,
                    HoursFilter.ALL)));
        }
        timer.add("queue interval, year, by month, business hours only", () -> queues.intervalReport(q(year,
                ReportBucket.MONTH, HoursFilter.OPEN)));
        timer.add("queue interval, year, by day, outside business hours", () -> queues.intervalReport(q(year,
                ReportBucket.DAY, HoursFilter.CLOSED)));
        timer.add("queue interval, year, by month, one queue", () -> queues.intervalReport(new QueueReportQuery(year,
                ReportBucket.MONTH, Set.of(BenchCentre.queue(3)), HoursFilter.ALL)));
        timer.add("queue interval, week, by hour", () -> queues.intervalReport(q(week, ReportBucket.HOUR,
                HoursFilter.ALL)));
        timer.add("queue interval, week, by 15 min", () -> queues.intervalReport(q(week, ReportBucket.QUARTER_HOUR,
                HoursFilter.ALL)));
        timer.add("queue interval, day, by 15 min", () -> queues.intervalReport(q(day, ReportBucket.QUARTER_HOUR,
                HoursFilter.ALL)));
        timer.add("abandon analysis, year, by month", () -> abandons.analysis(q(year, ReportBucket.MONTH,
                HoursFilter.ALL)));
        timer.add("abandon analysis, year, by day", () -> abandons.analysis(q(year, ReportBucket.DAY,
                HoursFilter.ALL)));
        for (ReportBucket b : new ReportBucket[] {ReportBucket.TOTAL, ReportBucket.MONTH, ReportBucket.WEEKDAY,
                ReportBucket.DAY}) {
            timer.add("agent performance, year, by " + name(b) + ", all 300 agents", () -> agents.performance(
                    new AgentReportQuery(year, b, Set.of())));
        }
        timer.add("agent performance, year, by day, one agent", () -> agents.performance(new AgentReportQuery(year,
                ReportBucket.DAY, Set.of("agent042"))));
        timer.add("agent performance, week, by day, all agents", () -> agents.performance(new AgentReportQuery(week,
                ReportBucket.DAY, Set.of())));
        timer.add("agent performance, week, by hour, all agents", () -> agents.performance(new AgentReportQuery(week,
                ReportBucket.HOUR, Set.of())));
        timer.add("agent performance, week, by 15 min, all agents", () -> agents.performance(new AgentReportQuery(
                week, ReportBucket.QUARTER_HOUR, Set.of())));
        timer.add("agent performance, day, by 15 min, all agents", () -> agents.performance(new AgentReportQuery(
                day, ReportBucket.QUARTER_HOUR, Set.of())));
        searches(year, timer);
        timer.run(out);
    }

    private void searches(ReportPeriod year, BenchTimer timer) {
        CallSearchQuery all = CallSearchQuery.range(year.start(), year.end());
        CallPage first = search.search(all);
        CallCursor cursor = first.next().orElseThrow();
        CallCursor deep = search.search(all.after(cursor)).next().orElseThrow();
        timer.add("call search, year, first page of 50", () -> search.search(all));
        timer.add("call search, next page (keyset)", () -> search.search(all.after(deep)));
        timer.add("call search, page 100 by offset", () -> search.search(s(year, Set.of(), null, null, Set.of(), null,
                null, 99 * 50)));
        timer.add("call search, one queue", () -> search.search(s(year, Set.of(BenchCentre.queue(7)), null, null,
                Set.of(), null, null, 0)));
        timer.add("call search, abandoned in the smallest queue", () -> search.search(s(year,
                Set.of(BenchCentre.queue(12)), null, null, Set.of(CallOutcome.ABANDONED), null, null, 0)));
        timer.add("call search, one agent, answered, over 5 min", () -> search.search(s(year, Set.of(), "agent042",
                null, Set.of(CallOutcome.ANSWERED), Duration.ofMinutes(5), null, 0)));
        String number = first.calls().get(0).callerNumber();
        timer.add("call search, one caller number", () -> search.search(s(year, Set.of(), null, number, Set.of(),
                null, null, 0)));
        timer.add("call search, number prefix", () -> search.search(s(year, Set.of(), null, number.substring(0, 9)
                + "*", Set.of(), null, null, 0)));
        timer.add("call search, timeouts", () -> search.search(s(year, Set.of(), null, null,
                Set.of(CallOutcome.TIMEOUT), null, null, 0)));
        timer.add("call search, duration 20-21 min", () -> search.search(s(year, Set.of(), null, null, Set.of(),
                Duration.ofMinutes(20), Duration.ofMinutes(21), 0)));
        timer.add("call search, over 1 h (none)", () -> search.search(s(year, Set.of(), null, null, Set.of(),
                Duration.ofHours(1), null, 0)));
    }

    private static CallSearchQuery s(ReportPeriod p, Set<String> queues, String agent, String number,
            Set<CallOutcome> outcomes, Duration min, Duration max, int offset) {
        return new CallSearchQuery(p.start(), p.end(), queues, Optional.ofNullable(agent), Optional.ofNullable(number),
                outcomes, Optional.ofNullable(min), Optional.ofNullable(max), 50, Optional.empty(), offset);
    }

    private static QueueReportQuery q(ReportPeriod p, ReportBucket b, HoursFilter f) {
        return new QueueReportQuery(p, b, Set.of(), f);
    }

    private static String name(ReportBucket b) {
        return b == ReportBucket.TOTAL ? "total" : b.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
