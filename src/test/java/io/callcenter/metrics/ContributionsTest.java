package io.callcenter.metrics;

import static io.callcenter.metrics.Calls.SL20_SHORT5;
import static io.callcenter.metrics.Calls.answered;
import static io.callcenter.metrics.Calls.left;
import static io.callcenter.metrics.Calls.transferred;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One call → counts: which count each outcome lands in, and the "≤ within" / "< short" boundaries. */
class ContributionsTest {

    @Test
    void answeredExactlyAtTheThresholdIsWithinOneMillisecondLaterIsNot() {
        CallCounts at = Contributions.of(answered(20.000, 60, 0, 0), SL20_SHORT5);
        CallCounts after = Contributions.of(answered(20.001, 60, 0, 0), SL20_SHORT5);
        assertEquals(new WaitStats(1, 1, 20_000, 20_000), at.answered());
        assertEquals(new WaitStats(1, 0, 20_001, 20_001), after.answered());
    }

    @Test
    void abandonJustUnderTheShortCutIsShortExactlyAtItIsNot() {
        CallCounts under = Contributions.of(left(4.999, CallOutcome.ABANDONED), SL20_SHORT5);
        CallCounts at = Contributions.of(left(5.000, CallOutcome.ABANDONED), SL20_SHORT5);
        assertEquals(new WaitStats(1, 1, 4_999, 4_999), under.abandoned());
        assertEquals(under.abandoned(), under.shortAbandoned());
        assertEquals(new WaitStats(1, 1, 5_000, 5_000), at.abandoned());
        assertEquals(WaitStats.NONE, at.shortAbandoned());
    }

    @Test
    void eachOutcomeLandsInExactlyOneExitCount() {
        CallCounts timeout = Contributions.of(left(300, CallOutcome.TIMEOUT), SL20_SHORT5);
        CallCounts overflow = Contributions.of(left(0, CallOutcome.OVERFLOW), SL20_SHORT5);
        CallCounts transfer = Contributions.of(transferred(40, 30, 10, 5), SL20_SHORT5);
        CallCounts afterHours = Contributions.of(left(0, CallOutcome.AFTER_HOURS), SL20_SHORT5);

        assertEquals(new WaitStats(1, 0, 300_000, 300_000), timeout.timedOut());
        assertEquals(1, timeout.offered());
        assertEquals(1, timeout.leftQueue());
        assertEquals(new WaitStats(1, 1, 0, 0), overflow.overflowed());
        assertEquals(1, overflow.leftQueue());
        // a transfer is an answered call that also counts as transferred
        assertEquals(new WaitStats(1, 0, 40_000, 40_000), transfer.answered());
        assertEquals(1, transfer.transferred());
        assertEquals(Optional.of(Calls.T0.plusSeconds(40)), transferred(40, 30, 10, 5).answeredAt());
        assertEquals(Optional.empty(), left(300, CallOutcome.TIMEOUT).answeredAt());
        assertEquals(new HandlingTotals(1, 30_000, 10_000, 5_000), transfer.handling());
        // after hours: never entered the queue, so not offered and in no exit count
        assertEquals(new CallCounts(0, WaitStats.NONE, WaitStats.NONE, WaitStats.NONE, WaitStats.NONE,
                WaitStats.NONE, 0, 1, HandlingTotals.NONE, WaitHistogram.NONE, WaitHistogram.NONE), afterHours);
    }

    @Test
    void waitsFallIntoBinsWithTheUpperEdgeIncluded() {
        // edges 10/20/30/60/120 s → bins (≤10] (10,20] (20,30] (30,60] (60,120] (>120)
        CallCounts c = Calls.total(List.of(answered(10, 1, 0, 0), answered(10.001, 1, 0, 0),
                answered(120, 1, 0, 0), answered(121, 1, 0, 0)), SL20_SHORT5);
        assertEquals(List.of(1L, 1L, 0L, 0L, 1L, 1L), c.answeredWaits().bins());
        assertEquals(1, c.answeredWaits().within(Duration.ofSeconds(10)));
        assertEquals(3, c.answeredWaits().within(Duration.ofSeconds(120)));
        assertEquals(WaitHistogram.NONE, c.abandonedWaits());
    }

    @Test
    void answeredButStillTalkingCountsAsAnsweredNotYetHandledAndTheHandlingAddsUp() {
        QueuedCall talking = new QueuedCall(Calls.T0, Calls.T0.plusSeconds(8), CallOutcome.ANSWERED, Optional.empty());
        CallCounts early = Contributions.of(talking, SL20_SHORT5);
        assertEquals(1, early.answered().count());
        assertEquals(HandlingTotals.NONE, early.handling());

        Handling h = new Handling(Duration.ofSeconds(100), Duration.ofSeconds(20), Duration.ofSeconds(15));
        CallCounts finished = Contributions.of(QueuedCall.answered(Calls.T0, Calls.T0.plusSeconds(8), h), SL20_SHORT5);
        assertEquals(finished, early.plus(Contributions.of(h)));
    }

    @Test
    void aWaitingCallerIsOfferedOnly() {
        CallCounts w = Contributions.waiting();
        assertEquals(1, w.offered());
        assertEquals(0, w.leftQueue());
        assertEquals(1, w.stillWaiting());
    }

    @Test
    void inconsistentCallsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueuedCall.unanswered(Calls.T0, Calls.T0.minusMillis(1),
                CallOutcome.ABANDONED));
        assertThrows(IllegalArgumentException.class, () -> new QueuedCall(Calls.T0, Calls.T0, CallOutcome.ABANDONED,
                Optional.of(new Handling(Duration.ZERO, Duration.ZERO, Duration.ZERO))));
        assertThrows(IllegalArgumentException.class, () -> new Handling(Duration.ofSeconds(-1), Duration.ZERO,
                Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(Duration.ofSeconds(20), Duration.ZERO,
                List.of(Duration.ofSeconds(20), Duration.ofSeconds(10))));
    }
}
