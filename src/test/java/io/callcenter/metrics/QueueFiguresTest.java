package io.callcenter.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.config.SlFormula;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figure set of the ten-call history, and "live day == rollup day" as one equals. */
class QueueFiguresTest {

    @Test
    void figuresOfTheTenCalls() {
        QueueFigures f = QueueFigures.of(Histories.tenCalls(), SlFormula.ANSWERED_AND_ABANDONED, Calls.SL20_SHORT5);
        assertEquals(new Ratio(4, 7), f.serviceLevel());                   // (2 + 2) ÷ (4 + 3)
        assertEquals("SL 20 s: (answered + abandoned within) ÷ (answered + abandoned)", f.serviceLevelCaption());
        assertEquals(new Average(90_000, 4), f.asa());                     // 22.5 s
        assertEquals(new Average(365_000, 4), f.aht());                    // 91.25 s
        assertEquals(new Ratio(3, 9), f.abandonRate());
        assertEquals(new Ratio(2, 8), f.abandonRateExcludingShort());
        assertEquals(Optional.of(Duration.ofSeconds(300)), f.maxWait());
        // answered waits 5, 20, 25, 40 s within 10/20/30/60/120 s: 1, 2, 3, 4, 4 of 4
        assertEquals(List.of(new Ratio(1, 4), new Ratio(2, 4), new Ratio(3, 4), new Ratio(4, 4), new Ratio(4, 4)),
                List.copyOf(f.answeredWithin().values()));
        assertEquals(Thresholds.DEFAULT_EDGES, List.copyOf(f.answeredWithin().keySet()));
    }

    @Test
    void accumulatingCallByCallEqualsSummingQuarterHourRollups() {
        // live: one running total, call by call; report: two rollups of five calls each, then summed
        CallCounts live = CallCounts.ZERO;
        for (QueuedCall call : Histories.TEN_CALLS) {
            live = live.plus(Contributions.of(call, Calls.SL20_SHORT5));
        }
        CallCounts report = Calls.total(Histories.TEN_CALLS.subList(0, 5), Calls.SL20_SHORT5)
                .plus(Calls.total(Histories.TEN_CALLS.subList(5, 10), Calls.SL20_SHORT5));
        for (SlFormula formula : SlFormula.values()) {
            assertEquals(QueueFigures.of(live, formula, Calls.SL20_SHORT5),
                    QueueFigures.of(report, formula, Calls.SL20_SHORT5));
        }
    }
}
