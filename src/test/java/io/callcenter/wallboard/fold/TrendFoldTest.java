package io.callcenter.wallboard.fold;

import static io.callcenter.wallboard.fold.DayHistory.BOTH;
import static io.callcenter.wallboard.fold.DayHistory.DAY;
import static io.callcenter.wallboard.fold.Rows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.metrics.Ratio;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.Trend;
import io.callcenter.wallboard.figures.TrendPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quarter-hour sparkline series of {@link DayHistory}. */
class TrendFoldTest {

    private static Trend trend(Instant at, Period p) {
        return TrendFold.trend(DayHistory.ledger(), at, p.window(at, DAY), BOTH);
    }

    @Test
    void quarterHoursFromTheDayStartUpToTheInstant() {
        Trend t = trend(at("09:03:00"), Period.businessDay());
        // 06:00 … 08:45 are 12 full quarter hours, 09:00–09:03 the running one
        assertEquals(13, t.overall().size());
        List<TrendPoint> sales = t.byQueue().get("sales");
        assertEquals(new TrendPoint(at("06:00:00").toEpochMilli(), at("06:15:00").toEpochMilli(), 0, 0, 0,
                new Ratio(0, 0), 0), sales.get(0));
        // 09:00–09:03: c1, c2, c3, c4 and c5's sales stay; SL (1 + 1) ÷ (2 + 1); c3 and c4 wait at 09:03
        assertEquals(new TrendPoint(at("09:00:00").toEpochMilli(), at("09:03:00").toEpochMilli(), 5, 2, 1,
                new Ratio(2, 3), 2), sales.get(12));
        assertEquals(new TrendPoint(at("09:00:00").toEpochMilli(), at("09:03:00").toEpochMilli(), 6, 2, 1,
                new Ratio(1, 2), 2), t.overall().get(12));
        // 06:00–06:15 ends with nobody waiting (c7 abandoned at 06:00:30), support's series is there too
        assertEquals(13, t.byQueue().get("support").size());
        assertEquals(1, t.byQueue().get("support").get(12).offered());
    }

    @Test
    void aSlidingWindowStartsWithAClippedBucket() {
        Trend t = trend(at("06:20:00"), Period.sliding(Duration.ofMinutes(30)));
        // (05:50, 06:20]: 05:50:00.000000001–06:00, 06:00–06:15, 06:15–06:20
        assertEquals(3, t.overall().size());
        TrendPoint first = t.byQueue().get("sales").get(0);
        assertEquals(2, first.offered(), "c6 enqueued 05:59:00, c7 05:59:50");
        assertEquals(1, first.waitingAtEnd(), "at 06:00 c7 still waits (it abandons at 06:00:30)");
        assertEquals(0, t.byQueue().get("sales").get(1).waitingAtEnd());
    }
}
