package io.callcenter.wallboard.fold;

import static io.callcenter.wallboard.fold.DayHistory.BOTH;
import static io.callcenter.wallboard.fold.DayHistory.DAY;
import static io.callcenter.wallboard.fold.Rows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.SlFormula;
import io.callcenter.metrics.Average;
import io.callcenter.metrics.HandlingTotals;
import io.callcenter.metrics.Ratio;
import io.callcenter.metrics.WaitStats;
import io.callcenter.wallboard.figures.AgentRow;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.QueueTile;
import io.callcenter.wallboard.figures.Snapshot;
import io.callcenter.wallboard.figures.WaitingCaller;
import io.callcenter.wallboard.history.History;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Every wallboard figure of {@link DayHistory} at hand-picked instants; the arithmetic is in the comments. */
class SnapshotFoldTest {

    private static final Instant T = at("09:03:00");

    private static Snapshot snapshot(Ledger ledger, Instant at, Period p) {
        return SnapshotFold.snapshot(ledger, at, p, p.window(at, DAY), BOTH);
    }

    private static Snapshot day(Instant at) {
        return snapshot(DayHistory.ledger(), at, Period.businessDay());
    }

    @Test
    void salesCountsAndMetricsOfTheDaySoFar() {
        QueueTile sales = day(T).queues().get("sales");
        // today's sales stays: c1 answered (10 s, within), c2 abandoned (3 s: short, within), c5 answered after
        // moving from support (50 s from its first enqueue: not within), c3 and c4 waiting → offered 5
        assertEquals(5, sales.offered());
        assertEquals(new WaitStats(2, 1, 60_000, 50_000), sales.figures().counts().answered());
        assertEquals(new WaitStats(1, 1, 3_000, 3_000), sales.figures().counts().abandoned());
        assertEquals(1, sales.figures().counts().shortAbandoned().count());
        // SL (W + Aw) ÷ (A + Ab) = (1 + 1) ÷ (2 + 1)
        assertEquals(SlFormula.ANSWERED_AND_ABANDONED, sales.figures().slFormula());
        assertEquals(new Ratio(2, 3), sales.figures().serviceLevel());
        assertEquals("SL 20 s: (answered + abandoned within) ÷ (answered + abandoned)",
                sales.figures().serviceLevelCaption());
        assertEquals(new Average(60_000, 2), sales.figures().asa());                 // (10 + 50) ÷ 2 = 30 s
        // only c1 is handled (c5 still talking): talk 100 s + hold 20 s + wrap 30 s
        assertEquals(new HandlingTotals(1, 100_000, 20_000, 30_000), sales.figures().counts().handling());
        assertEquals(new Average(150_000, 1), sales.figures().aht());
        assertEquals(new Ratio(1, 5), sales.figures().abandonRate());                // 1 ÷ 5
        assertEquals(new Ratio(0, 4), sales.figures().abandonRateExcludingShort()); // (1 − 1) ÷ (5 − 1)
    }

    @Test
    void waitingCallersAndLongestWait() {
        Snapshot s = day(T);
        QueueTile sales = s.queues().get("sales");
        assertEquals(2, sales.waiting());
        assertEquals(OptionalLong.of(120_000), sales.longestWaitMs());               // 09:03:00 − 09:01:00
        // c4 has priority 5: first in line although it came later
        assertEquals(List.of(
                new WaitingCaller("ast:c4", "sales", 1, at("09:02:00").toEpochMilli(), 60_000, 5, "50c4", "+331c4",
                        "Caller c4"),
                new WaitingCaller("ast:c3", "sales", 2, at("09:01:00").toEpochMilli(), 120_000, 0, "50c3", "+331c3",
                        "Caller c3")), s.waiting());
        QueueTile support = s.queues().get("support");
        assertEquals(0, support.waiting());
        assertEquals(OptionalLong.empty(), support.longestWaitMs(), "nobody waits: no value");
        // at 09:00:35 c5 still waits in support (35 s), c1 is answered, c2 gone
        Snapshot earlier = day(at("09:00:35"));
        assertEquals(1, earlier.queues().get("support").waiting());
        assertEquals(OptionalLong.of(35_000), earlier.queues().get("support").longestWaitMs());
        assertEquals(0, earlier.queues().get("sales").waiting());
    }

    @Test
    void supportTimeoutAndAnEmptyServiceLevel() {
        QueueTile support = day(T).queues().get("support");
        // c5 left support by max wait after 40 s: offered 1, timed out 1, nothing answered
        assertEquals(1, support.offered());
        assertEquals(new WaitStats(1, 0, 40_000, 40_000), support.figures().counts().timedOut());
        assertEquals(new Ratio(0, 0), support.figures().serviceLevel());
        assertEquals("—", support.figures().serviceLevel().display());
        assertEquals(new Average(0, 0), support.figures().asa());
        assertEquals(new Ratio(0, 1), support.figures().abandonRate());
    }

    @Test
    void overallSumsTheQueuesAndSaysItsFormula() {
        QueueTile overall = day(T).overall();
        assertEquals(6, overall.offered());                                           // 5 + 1
        // the queues' variants differ: answered within ÷ answered = 1 ÷ 2
        assertEquals(SlFormula.ANSWERED, overall.figures().slFormula());
        assertEquals(new Ratio(1, 2), overall.figures().serviceLevel());
        assertEquals("SL (each queue's own threshold): answered within ÷ answered",
                overall.figures().serviceLevelCaption());
        assertEquals(2, overall.waiting());
        assertEquals(OptionalLong.of(120_000), overall.longestWaitMs());
    }

    @Test
    void agentsByStateAndOccupancy() {
        Snapshot s = day(T);
        // a1 READY (sales), a2 ON_CALL (sales + support), a3 logged out
        assertEquals(Map.of(AgentState.READY, 1, AgentState.ON_CALL, 1), nonZero(s.queues().get("sales")));
        assertEquals(Map.of(AgentState.ON_CALL, 1), nonZero(s.queues().get("support")));
        assertEquals(Map.of(AgentState.READY, 1, AgentState.ON_CALL, 1), nonZero(s.overall()));
        assertEquals(2, s.overall().loggedIn());
        // window 06:00–09:03. a1: ready 08:00–09:00:05 (3605 s) + reserved 5 s + on call 120 s + wrap 30 s + ready
        // 20 s = 3780 s available, 150 s occupied. a2: ready 900 + 345 s, reserved 5 s, on call 130 s (paused 600 s
        // is not available) = 1380 s available, 130 s occupied. a3: ready 07:00–08:00 = 3600 s, 0 occupied.
        assertEquals(new Ratio(280_000, 5_160_000), s.queues().get("sales").occupancy());      // a1 + a2
        assertEquals(new Ratio(130_000, 4_980_000), s.queues().get("support").occupancy());    // a2 + a3
        assertEquals(new Ratio(280_000, 8_760_000), s.overall().occupancy());                  // all three
        assertEquals(Duration.ofMinutes(10), s.queues().get("support").agentTime().pausedByReason().get("lunch"));
    }

    @Test
    void agentRows() {
        List<AgentRow> rows = day(T).agents();
        assertEquals(List.of(
                new AgentRow("a1", AgentState.READY, at("09:02:40").toEpochMilli(), 20_000, null, List.of("sales"),
                        null, null, null, null, 1),
                new AgentRow("a2", AgentState.ON_CALL, at("09:00:50").toEpochMilli(), 130_000, null,
                        List.of("sales", "support"), "ast:c5", "sales", "+331c5", "Caller c5", 1),
                new AgentRow("a3", AgentState.LOGGED_OUT, at("08:00:00").toEpochMilli(), 3_780_000, null, List.of(),
                        null, null, null, null, 0)), rows);
        AgentRow lunch = day(at("08:50:00")).agents().get(1);
        assertEquals(AgentState.PAUSED, lunch.state());
        assertEquals("lunch", lunch.pauseReason());
        assertEquals(300_000, lunch.timeInStateMs());
    }

    @Test
    void theDayBoundaryCutsTheCountersButNotTheWaitingCallers() {
        // 06:00:10: c7 (enqueued 05:59:50, yesterday's business day) still waits; today nothing was offered yet
        Snapshot justAfter = day(at("06:00:10"));
        QueueTile sales = justAfter.queues().get("sales");
        assertEquals(at("06:00:00"), justAfter.window().start());
        assertEquals(0, sales.offered());
        assertEquals(1, sales.waiting());
        assertEquals(OptionalLong.of(20_000), sales.longestWaitMs());
        assertEquals(new Ratio(0, 0), sales.figures().serviceLevel());
        // 05:59:55 is still yesterday's business day: c6 answered, c7 waiting
        QueueTile before = day(at("05:59:55")).queues().get("sales");
        assertEquals(2, before.offered());
        assertEquals(1, before.answered());
        assertEquals(1, before.waiting());
    }

    @Test
    void aSlidingWindowHasNoMidnightBlindSpot() {
        Instant t = at("06:30:00");
        QueueTile slidingHour = snapshot(DayHistory.ledger(), t, Period.sliding(Duration.ofHours(1))).queues()
                .get("sales");
        // (05:30, 06:30]: c6 answered after 5 s, c7 abandoned after 40 s (not short, not within)
        assertEquals(2, slidingHour.offered());
        assertEquals(1, slidingHour.answered());
        assertEquals(1, slidingHour.abandoned());
        assertEquals(new Ratio(1, 2), slidingHour.figures().serviceLevel());        // (1 + 0) ÷ (1 + 1)
        assertEquals(0, day(t).queues().get("sales").offered(), "the business day began at 06:00");
    }

    @Test
    void rowsFoldedInBatchesAndOutOfTableOrderGiveTheSameSnapshot() {
        // live: rows arrive in polls, agent states possibly before the call steps they relate to
        History all = DayHistory.STEPS_AND_STATES;
        Ledger live = new Ledger();
        live.apply(new History(List.of(), all.states(), all.agentQueues()));
        live.apply(new History(all.steps().subList(0, 10), List.of(), List.of()));
        live.apply(new History(all.steps().subList(10, all.steps().size()), List.of(), List.of()));
        for (Instant t : List.of(at("06:00:10"), at("09:00:35"), T)) {
            assertEquals(day(t), snapshot(live, t, Period.businessDay()), t.toString());
        }
    }

    private static Map<AgentState, Integer> nonZero(QueueTile tile) {
        return tile.agentsByState().entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
