package io.callcenter.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts are a sum: any split into intervals, in any order, adds up to the same whole. */
class CallCountsTest {

    @Test
    void rollupsOfPartsSumToTheWhole() {
        List<QueuedCall> calls = Histories.TEN_CALLS;
        CallCounts whole = Histories.tenCalls();
        CallCounts first = Calls.total(calls.subList(0, 4), Calls.SL20_SHORT5);
        CallCounts rest = Calls.total(calls.subList(4, calls.size()), Calls.SL20_SHORT5);
        assertEquals(whole, first.plus(rest));
        assertEquals(whole, rest.plus(first));

        List<QueuedCall> shuffled = new ArrayList<>(calls);
        Collections.reverse(shuffled);
        assertEquals(whole, Calls.total(shuffled, Calls.SL20_SHORT5));
        assertEquals(whole, whole.plus(CallCounts.ZERO));
    }

    @Test
    void theTenCallsCountedField() {
        CallCounts c = Histories.tenCalls();
        assertEquals(9, c.offered());
        assertEquals(new WaitStats(4, 2, 90_000, 40_000), c.answered());   // waits 5+20+25+40, within: 5, 20
        assertEquals(new WaitStats(3, 2, 68_000, 50_000), c.abandoned());  // waits 3+15+50, within: 3, 15
        assertEquals(new WaitStats(1, 1, 3_000, 3_000), c.shortAbandoned());
        assertEquals(new WaitStats(1, 0, 300_000, 300_000), c.timedOut());
        assertEquals(new WaitStats(1, 1, 0, 0), c.overflowed());
        assertEquals(1, c.transferred());
        assertEquals(1, c.afterHours());
        assertEquals(new HandlingTotals(4, 300_000, 40_000, 25_000), c.handling()); // talk 300, hold 40, wrap 25
        assertEquals(9, c.leftQueue());
        assertEquals(0, c.stillWaiting());
    }

    @Test
    void distributionsWithDifferentEdgesDoNotAdd() {
        WaitHistogram a = WaitHistogram.one(List.of(Duration.ofSeconds(10)), Duration.ofSeconds(3));
        WaitHistogram b = WaitHistogram.one(List.of(Duration.ofSeconds(20)), Duration.ofSeconds(3));
        assertThrows(IllegalArgumentException.class, () -> a.plus(b));
        assertEquals(a, a.plus(WaitHistogram.empty(List.of(Duration.ofSeconds(20)))));
        assertThrows(IllegalArgumentException.class, () -> a.within(Duration.ofSeconds(20)));
    }

    @Test
    void countsWithoutAnsweredCallsEqualWhateverTheEdgesOfTheirEmptyDistribution() {
        // e.g. a rollup read back from the database carries the configured edges even when nothing was answered
        CallCounts abandon = Contributions.of(Calls.left(30, CallOutcome.ABANDONED), Calls.SL20_SHORT5);
        CallCounts readBack = new CallCounts(abandon.offered(), abandon.answered(), abandon.abandoned(),
                abandon.shortAbandoned(), abandon.timedOut(), abandon.overflowed(), abandon.transferred(),
                abandon.afterHours(), abandon.handling(), WaitHistogram.empty(Thresholds.DEFAULT_EDGES),
                abandon.abandonedWaits());
        assertEquals(readBack, abandon);
        assertEquals(readBack.hashCode(), abandon.hashCode());
    }
}
