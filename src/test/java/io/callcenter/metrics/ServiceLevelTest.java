package io.callcenter.metrics;

import static io.callcenter.metrics.Calls.SL20_SHORT5;
import static io.callcenter.metrics.Calls.answered;
import static io.callcenter.metrics.Calls.left;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.config.SlFormula;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every SL variant on hand-built histories; the arithmetic is in the comments. */
class ServiceLevelTest {

    private static void assertSl(CallCounts c, Map<SlFormula, Ratio> expected) {
        assertEquals(SlFormula.values().length, expected.size(), "every variant has an expected value");
        expected.forEach((f, r) -> assertEquals(r, ServiceLevel.of(f, c), f.name()));
    }

    @Test
    void everyVariantOnTheTenCallHistory() {
        // W = answered within = #1, #2 = 2; A = answered = #1..#4 = 4
        // Aw = abandoned within = #5, #6 = 2; Ab = 3; S = short = #5 = 1, Sw = 1
        // L = left the queue = A + Ab + timeout + overflow = 4 + 3 + 1 + 1 = 9; O = offered = 9 (after hours not)
        CallCounts c = Histories.tenCalls();
        Map<SlFormula, Ratio> expected = new EnumMap<>(SlFormula.class);
        expected.put(SlFormula.ANSWERED, new Ratio(2, 4));                          // 2 ÷ 4 = 50 %
        expected.put(SlFormula.ANSWERED_AND_ABANDONED, new Ratio(4, 7));            // (2 + 2) ÷ (4 + 3) = 57.1 %
        expected.put(SlFormula.LEFT_QUEUE, new Ratio(2, 9));                        // 2 ÷ 9 = 22.2 %
        expected.put(SlFormula.OFFERED, new Ratio(2, 9));                           // 2 ÷ 9 = 22.2 %
        expected.put(SlFormula.ANSWERED_AND_ABANDONED_EXCL_SHORT, new Ratio(3, 6)); // (2 + 2 − 1) ÷ (4 + 3 − 1) = 50 %
        expected.put(SlFormula.LEFT_QUEUE_EXCL_SHORT, new Ratio(2, 8));             // 2 ÷ (9 − 1) = 25 %
        expected.put(SlFormula.OFFERED_EXCL_SHORT, new Ratio(2, 8));                // 2 ÷ (9 − 1) = 25 %
        assertSl(c, expected);
        assertEquals("57.1 %", ServiceLevel.of(SlFormula.ANSWERED_AND_ABANDONED, c).display());
    }

    @Test
    void offeredDiffersFromLeftQueueByTheCallersStillWaiting() {
        // live: the ten calls plus one caller still waiting → O = 10, L stays 9
        CallCounts c = Histories.tenCalls().plus(Contributions.waiting());
        assertEquals(new Ratio(2, 9), ServiceLevel.of(SlFormula.LEFT_QUEUE, c));
        assertEquals(new Ratio(2, 10), ServiceLevel.of(SlFormula.OFFERED, c));          // 2 ÷ 10 = 20 %
        assertEquals(new Ratio(2, 9), ServiceLevel.of(SlFormula.OFFERED_EXCL_SHORT, c)); // 2 ÷ (10 − 1)
    }

    @Test
    void noCallsGiveNoValueForEveryVariant() {
        for (SlFormula f : SlFormula.values()) {
            Ratio r = ServiceLevel.of(f, CallCounts.ZERO);
            assertEquals(new Ratio(0, 0), r, f.name());
            assertEquals("—", r.display());
        }
    }

    @Test
    void onlyAbandons() {
        // abandons after 2 s (short, within) and 30 s (not within): A = 0, Ab = 2, Aw = 1, S = Sw = 1, L = O = 2
        CallCounts c = Calls.total(List.of(left(2, CallOutcome.ABANDONED), left(30, CallOutcome.ABANDONED)),
                SL20_SHORT5);
        Map<SlFormula, Ratio> expected = new EnumMap<>(SlFormula.class);
        expected.put(SlFormula.ANSWERED, new Ratio(0, 0));                          // 0 ÷ 0 → —
        expected.put(SlFormula.ANSWERED_AND_ABANDONED, new Ratio(1, 2));            // (0 + 1) ÷ (0 + 2) = 50 %
        expected.put(SlFormula.LEFT_QUEUE, new Ratio(0, 2));                        // 0 ÷ 2 = 0 %
        expected.put(SlFormula.OFFERED, new Ratio(0, 2));
        expected.put(SlFormula.ANSWERED_AND_ABANDONED_EXCL_SHORT, new Ratio(0, 1)); // (0 + 1 − 1) ÷ (0 + 2 − 1) = 0 %
        expected.put(SlFormula.LEFT_QUEUE_EXCL_SHORT, new Ratio(0, 1));             // 0 ÷ (2 − 1)
        expected.put(SlFormula.OFFERED_EXCL_SHORT, new Ratio(0, 1));
        assertSl(c, expected);
    }

    @Test
    void onlyShortAbandonsLeaveTheExcludingVariantsEmpty() {
        // one abandon after 1 s: A + Ab − S = 0 + 1 − 1 = 0 → no value, not 0 % and not NaN
        CallCounts c = Contributions.of(left(1, CallOutcome.ABANDONED), SL20_SHORT5);
        assertEquals(new Ratio(0, 0), ServiceLevel.of(SlFormula.ANSWERED_AND_ABANDONED_EXCL_SHORT, c));
        assertEquals(new Ratio(0, 0), ServiceLevel.of(SlFormula.LEFT_QUEUE_EXCL_SHORT, c));
        assertEquals(new Ratio(0, 0), ServiceLevel.of(SlFormula.OFFERED_EXCL_SHORT, c));
        assertEquals(new Ratio(1, 1), ServiceLevel.of(SlFormula.ANSWERED_AND_ABANDONED, c)); // 1 s ≤ 20 s
    }

    @Test
    void aShortCutLongerThanTheThresholdRemovesOnlyTheShortAbandonsThatWereWithin() {
        // SL 20 s, short 30 s: an abandon after 25 s is short but not within (Sw = 0)
        Thresholds t = Thresholds.of(Duration.ofSeconds(20), Duration.ofSeconds(30));
        CallCounts c = Calls.total(List.of(answered(10, 60, 0, 0), left(25, CallOutcome.ABANDONED)), t);
        // (W + Aw) ÷ (A + Ab) = (1 + 0) ÷ (1 + 1); excluding short: (1 + 0 − 0) ÷ (1 + 1 − 1) = 100 %
        assertEquals(new Ratio(1, 2), ServiceLevel.of(SlFormula.ANSWERED_AND_ABANDONED, c));
        assertEquals(new Ratio(1, 1), ServiceLevel.of(SlFormula.ANSWERED_AND_ABANDONED_EXCL_SHORT, c));
    }

    @Test
    void everyVariantDescribesItsFormula() {
        Duration sl = Duration.ofSeconds(20);
        Duration cut = Duration.ofSeconds(5);
        Map<SlFormula, String> expected = Map.of(
                SlFormula.ANSWERED, "SL 20 s: answered within ÷ answered",
                SlFormula.ANSWERED_AND_ABANDONED, "SL 20 s: (answered + abandoned within) ÷ (answered + abandoned)",
                SlFormula.LEFT_QUEUE, "SL 20 s: answered within ÷ calls that left the queue",
                SlFormula.OFFERED, "SL 20 s: answered within ÷ offered",
                SlFormula.ANSWERED_AND_ABANDONED_EXCL_SHORT,
                "SL 20 s: (answered + abandoned within) ÷ (answered + abandoned) (abandons under 5 s ignored)",
                SlFormula.LEFT_QUEUE_EXCL_SHORT,
                "SL 20 s: answered within ÷ calls that left the queue (abandons under 5 s ignored)",
                SlFormula.OFFERED_EXCL_SHORT, "SL 20 s: answered within ÷ offered (abandons under 5 s ignored)");
        assertEquals(SlFormula.values().length, expected.size());
        expected.forEach((f, text) -> assertEquals(text, ServiceLevel.describe(f, sl, cut)));
        assertEquals("SL 2.5 s: answered within ÷ answered",
                ServiceLevel.describe(SlFormula.ANSWERED, Duration.ofMillis(2500), cut));
    }
}
