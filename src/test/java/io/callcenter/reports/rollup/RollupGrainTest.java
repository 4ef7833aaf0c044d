package io.callcenter.reports.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.callcenter.acd.config.BusinessHours;
import io.callcenter.centre.CentreConfig;
import io.callcenter.metrics.BusinessDay;
import io.callcenter.metrics.Thresholds;
import io.callcenter.reports.ReportBucket;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.ReportPeriod;
import io.callcenter.reports.bench.YearGenerator;
import io.callcenter.reports.cdr.CallProjection;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The coarser rollups (hour, day) give exactly the report the quarter-hour rollups give: four generated days across
 * a DST change, every bucket kind, with and without business-hours filters (whole-hour and half-hour schedules), in
 * the centre's zone and in zones with DST and a half-hour offset; reads split across two connections sum to the
 * same.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupGrainTest {

    private static final LocalDate FIRST = LocalDate.of(2019, 3, 29);
    private static final int DAYS = 4;
    private static final Set<String> QUEUES = Set.of("queue-01", "queue-02", "queue-03");
    private static final Set<String> AGENTS = Set.of("agent000", "agent001", "agent005", "agent031");

    @Inject
    AgroalDataSource ds;
    @Inject
    CentreConfig centre;

    @BeforeAll
    void load() throws Exception {
        YearGenerator gen = new YearGenerator(7, 3, 40, 4_000, FIRST, DAYS);
        try (Connection c = ds.getConnection()) {
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                YearGenerator g = gen.forDay(day);
                RollupBatch batch = new RollupBatch(centre.businessDay(), q -> Thresholds.of(Duration.ofSeconds(20),
                        Duration.ofSeconds(5)));
                g.calls(day, h -> batch.addCall(CallProjection.project(h), 0));
                for (int a = 0; a < 40; a++) {
                    String agent = String.format("agent%03d", a);
                    g.agentDay(a, day, i -> batch.addInterval(agent, i));
                }
                batch.writeTo(c);
            }
        }
    }

    @Test
    void hourAndDayRollupsGiveTheQuarterHourReport() throws Exception {
        List<BusinessDay> days = List.of(centre.businessDay(), new BusinessDay(LocalTime.of(6, 0),
                ZoneId.of("Europe/Berlin")), new BusinessDay(LocalTime.of(0, 0), ZoneId.of("Asia/Kolkata")));
        boolean hoursUsed = false;
        try (Connection c = ds.getConnection()) {
            for (BusinessDay day : days) {
                // the day tables are cut in the centre's zone: other zones may use hours at most
                Grain coarsest = day.equals(centre.businessDay()) ? Grain.DAY : Grain.HOUR;
                List<ReportPeriod> periods = List.of(ReportPeriod.days(FIRST, FIRST.plusDays(DAYS - 1), day),
                        ReportPeriod.local(FIRST.atTime(9, 0), FIRST.plusDays(2).atTime(17, 0), day.zone()),
                        ReportPeriod.local(FIRST.atTime(9, 30), FIRST.plusDays(1).atTime(12, 45), day.zone()));
                for (ReportPeriod period : periods) {
                    for (ReportBucket kind : ReportBucket.values()) {
                        Buckets b = new Buckets(kind, day, period);
                        for (QuarterFilter<Optional<BusinessHours>> f : filters(day.zone())) {
                            String what = kind + " " + period + " " + day + (f == null ? "" : " filtered");
                            var coarse = RollupReader.queues(c, b, QUEUES, f, coarsest);
                            assertFalse(coarse.isEmpty(), what);
                            assertEquals(RollupReader.queues(c, b, QUEUES, f, Grain.QUARTER), coarse, what);
                            hoursUsed |= BucketMap.of(b, f, f == null ? List.of() : List.of(f.other()), Grain.DAY)
                                    .grain() == Grain.HOUR;
                        }
                        assertEquals(RollupReader.agents(c, b, AGENTS, Grain.QUARTER), RollupReader.agents(c, b,
                                AGENTS, coarsest), kind + " " + period + " " + day);
                    }
                }
            }
        }
        assertEquals(true, hoursUsed, "the hour rollups served some of the reports");
    }

    @Test
    void readsSplitAcrossTwoConnectionsGiveTheSameCellsAndTotals() throws Exception {
        ReportPeriod period = ReportPeriod.days(FIRST, FIRST.plusDays(DAYS - 1), centre.businessDay());
        boolean split = false;
        try (Connection c = ds.getConnection()) {
            for (ReportBucket kind : ReportBucket.values()) {
                Buckets b = new Buckets(kind, centre.businessDay(), period);
                for (QuarterFilter<Optional<BusinessHours>> f : filters(centre.businessDay().zone())) {
                    String what = kind + (f == null ? "" : " filtered");
                    RollupCells<QueueCell> read = RollupReader.queues(ds, b, QUEUES, f);
                    assertEquals(RollupReader.queues(c, b, QUEUES, f), read.rows(), what);
                    read.rows().forEach((queue, cells) -> assertEquals(cells.values().stream().reduce(QueueCell.ZERO,
                            QueueCell::plus), read.totals().get(queue), what + " total " + queue));
                    split |= BucketMap.of(b, f, f == null ? List.of() : List.of(f.other()), Grain.DAY).keys().size()
                            >= RollupReader.SPLIT_KEYS;
                }
                RollupCells<AgentCell> agents = RollupReader.agents(ds, b, AGENTS);
                assertEquals(RollupReader.agents(c, b, AGENTS), agents.rows(), kind.toString());
                agents.rows().forEach((agent, cells) -> assertEquals(cells.values().stream().reduce(AgentCell.ZERO,
                        AgentCell::plus), agents.totals().get(agent), kind + " total " + agent));
            }
        }
        assertEquals(true, split, "some reads were split across two connections");
    }

    /** None, open and closed by a whole-hour schedule for queue-01 and a half-hour one for queue-02. */
    private static List<QuarterFilter<Optional<BusinessHours>>> filters(ZoneId zone) {
        Map<DayOfWeek, List<BusinessHours.Interval>> whole = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<BusinessHours.Interval>> half = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            whole.put(d, List.of(new BusinessHours.Interval(LocalTime.of(7, 0), LocalTime.of(21, 0))));
            half.put(d, List.of(new BusinessHours.Interval(LocalTime.of(8, 30), LocalTime.of(17, 0))));
        }
        Map<String, Optional<BusinessHours>> wholeOnly = Map.of("queue-01", Optional.of(new BusinessHours(zone, whole,
                Set.of())));
        Map<String, Optional<BusinessHours>> both = Map.of("queue-01", wholeOnly.get("queue-01"), "queue-02",
                Optional.of(new BusinessHours(zone, half, Set.of(FIRST.plusDays(1)))));
        return java.util.Arrays.asList(null, filter(wholeOnly, true), filter(wholeOnly, false), filter(both, true),
                filter(both, false));
    }

    private static QuarterFilter<Optional<BusinessHours>> filter(Map<String, Optional<BusinessHours>> groups,
            boolean open) {
        return new QuarterFilter<>(groups, Optional.empty(), (h, q) -> h.map(x -> x.isOpen(q)).orElse(true) == open);
    }
}
