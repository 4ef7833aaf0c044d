package io.callcenter.metrics;

import static io.callcenter.metrics.Calls.SL20_SHORT5;
import static io.callcenter.metrics.Calls.left;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ASA, AHT, abandon rates, max wait and the answered-within distribution on the ten-call history. */
class QueueMetricsTest {

    private final CallCounts c = Histories.tenCalls();

    @Test
    void asaIsTheMeanWaitOfAnsweredCalls() {
        // (5 + 20 + 25 + 40) s ÷ 4 answered = 90 ÷ 4 = 22.5 s
        assertEquals(new Average(90_000, 4), QueueMetrics.asa(c));
        assertEquals(Optional.of(Duration.ofMillis(22_500)), QueueMetrics.asa(c).value());
        assertEquals("22.5 s", QueueMetrics.asa(c).display());
    }

    @Test
    void ahtIsTalkPlusHoldPlusWrapPerHandledCall() {
        // (60+0+10) + (120+30+10) + (90+0+0) + (30+10+5) = 70 + 160 + 90 + 45 = 365 s ÷ 4 = 91.25 s
        assertEquals(new Average(365_000, 4), QueueMetrics.aht(c));
        assertEquals(Optional.of(Duration.ofMillis(91_250)), QueueMetrics.aht(c).value());
        // talk only: (60 + 120 + 90 + 30) ÷ 4 = 75 s
        assertEquals(Optional.of(Duration.ofSeconds(75)), QueueMetrics.averageTalk(c).value());
    }

    @Test
    void abandonRatesWithAndWithoutShortAbandons() {
        // 3 abandoned ÷ 9 offered = 33.3 %; without the one short: (3 − 1) ÷ (9 − 1) = 25 %
        assertEquals(new Ratio(3, 9), QueueMetrics.abandonRate(c));
        assertEquals("33.3 %", QueueMetrics.abandonRate(c).display());
        assertEquals(new Ratio(2, 8), QueueMetrics.abandonRateExcludingShort(c));
        // (3 + 15 + 50) s ÷ 3 = 22.666… s → 22 667 ms
        assertEquals(Optional.of(Duration.ofMillis(22_667)), QueueMetrics.averageAbandonWait(c).value());
        // 4 answered ÷ 9 offered
        assertEquals(new Ratio(4, 9), QueueMetrics.answerRate(c));
    }

    @Test
    void maxWaitIsOverEveryCallThatLeftTheQueue() {
        // answered max 40, abandoned max 50, timeout 300, overflow 0 → 300 s
        assertEquals(Optional.of(Duration.ofSeconds(300)), QueueMetrics.maxWait(c));
        assertEquals(40_000, c.answered().maxMs());
        assertEquals(50_000, c.abandoned().maxMs());
        assertEquals(Optional.empty(), QueueMetrics.maxWait(CallCounts.ZERO));
    }

    @Test
    void longestWaitingIsFromTheEarliestCallerStillWaiting() {
        // callers waiting since 09:00:10 and 09:00:02.5; now 09:01:00 → 57.5 s
        assertEquals(Optional.of(Duration.ofMillis(57_500)), QueueMetrics.longestWaiting(
                List.of(Calls.T0.plusSeconds(10), Calls.T0.plusMillis(2_500)), Calls.T0.plusSeconds(60)));
        assertEquals(Optional.empty(), QueueMetrics.longestWaiting(List.of(), Calls.T0));
    }

    @Test
    void answeredWithinDistributionIsCumulative() {
        // answered waits 5, 20, 25, 40 s → bins (≤10] 1, (10,20] 1, (20,30] 1, (30,60] 1, (60,120] 0, >120 0
        assertEquals(List.of(1L, 1L, 1L, 1L, 0L, 0L), c.answeredWaits().bins());
        assertEquals(new Ratio(1, 4), QueueMetrics.answeredWithin(c, Duration.ofSeconds(10)));
        assertEquals(new Ratio(2, 4), QueueMetrics.answeredWithin(c, Duration.ofSeconds(20)));
        assertEquals(new Ratio(3, 4), QueueMetrics.answeredWithin(c, Duration.ofSeconds(30)));
        assertEquals(new Ratio(4, 4), QueueMetrics.answeredWithin(c, Duration.ofSeconds(60)));
        assertEquals(new Ratio(4, 4), QueueMetrics.answeredWithin(c, Duration.ofSeconds(120)));
        // abandoned waits 3, 15, 50 s
        assertEquals(List.of(1L, 1L, 0L, 1L, 0L, 0L), c.abandonedWaits().bins());
    }

    @Test
    void noCallsGiveNoValuesNeverNaN() {
        CallCounts none = CallCounts.ZERO;
        assertEquals("—", QueueMetrics.asa(none).display());
        assertEquals("—", QueueMetrics.aht(none).display());
        assertEquals("—", QueueMetrics.abandonRate(none).display());
        assertEquals("—", QueueMetrics.abandonRateExcludingShort(none).display());
        assertEquals(new Ratio(0, 0), QueueMetrics.answeredWithin(none, Duration.ofSeconds(20)));
    }

    @Test
    void onlyShortAbandonsGiveAnEmptyRateWithoutThem() {
        CallCounts onlyShort = Contributions.of(left(2, CallOutcome.ABANDONED), SL20_SHORT5);
        assertEquals(new Ratio(1, 1), QueueMetrics.abandonRate(onlyShort));
        assertEquals(new Ratio(0, 0), QueueMetrics.abandonRateExcludingShort(onlyShort));
        assertEquals("—", QueueMetrics.asa(onlyShort).display());
    }
}
