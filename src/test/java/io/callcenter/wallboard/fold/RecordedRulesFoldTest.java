package io.callcenter.wallboard.fold;

import static io.callcenter.wallboard.fold.DayHistory.DAY;
import static io.callcenter.wallboard.fold.Rows.at;
import static io.callcenter.wallboard.fold.Rows.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.config.SlFormula;
import io.callcenter.acd.config.SlRules;
import io.callcenter.wallboard.figures.Period;
import io.callcenter.wallboard.figures.QueueTile;
import io.callcenter.wallboard.history.History;
import io.callcenter.wallboard.history.StepRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Calls carry the rules recorded when they entered the queue: each is classified with its own, whatever the queue's
 * configuration says now; the tile shows the rules of the latest call counted, or the configuration before any.
 */
class RecordedRulesFoldTest {

    /** The queue as configured now: 20 s, short abandons under 5 s, SL over answered calls. */
    private static final Selection NOW = new Selection(List.of(Rows.queue("q", 20, SlFormula.ANSWERED, 5)), Map.of());
    private static final SlRules OLD = new SlRules(Duration.ofSeconds(60), Duration.ofSeconds(60), SlFormula.OFFERED);
    private static final SlRules NEW = new SlRules(Duration.ofSeconds(10), Duration.ZERO, SlFormula.ANSWERED);

    private static StepRow enqueue(String call, String time, SlRules rules) {
        StepRow s = step(call, time, "enqueue", "q", null, "position 1");
        return new StepRow(s.id(), s.callKey(), s.at(), s.kind(), s.queue(), s.agent(), s.detail(), s.did(),
                s.callerNumber(), s.callerName(), s.priority(), Optional.ofNullable(rules));
    }

    private static Ledger ledger() {
        Ledger l = new Ledger();
        l.apply(new History(List.of(
                enqueue("c1", "09:00:00", OLD),
                step("c1", "09:00:30", "answer", "q", "a1", null),          // 30 s: within 60 s, not within 20 s
                enqueue("c2", "09:01:00", OLD),
                step("c2", "09:01:10", "abandon", "q", null, null),         // 10 s: short under a 60 s cut
                enqueue("c3", "09:02:00", NEW),
                step("c3", "09:02:15", "answer", "q", "a1", null),          // 15 s: not within 10 s
                enqueue("c4", "09:03:00", null),                            // before V95: the queue's config now
                step("c4", "09:03:15", "answer", "q", "a1", null)),         // 15 s: within 20 s
                List.of(), List.of()));
        return l;
    }

    private static QueueTile tile(Instant at) {
        Period day = Period.businessDay();
        return SnapshotFold.snapshot(ledger(), at, day, day.window(at, DAY), NOW).queues().get("q");
    }

    @Test
    void eachCallKeepsTheRulesItArrivedWith() {
        QueueTile t = tile(at("09:04:00"));
        assertEquals(3, t.figures().counts().answered().count());
        assertEquals(2, t.figures().counts().answered().within());                // c1 (60 s) and c4 (20 s)
        assertEquals(1, t.figures().counts().shortAbandoned().count());           // c2 under its 60 s cut
    }

    @Test
    void theTileShowsTheRulesOfItsLatestCall() {
        // before any call: the queue's configuration
        assertEquals("SL 20 s: answered within ÷ answered", tile(at("08:59:00")).figures().serviceLevelCaption());
        QueueTile old = tile(at("09:01:30"));
        assertEquals(SlFormula.OFFERED, old.figures().slFormula());
        assertEquals("SL 60 s: answered within ÷ offered", old.figures().serviceLevelCaption());
        QueueTile changed = tile(at("09:02:30"));
        assertEquals(SlFormula.ANSWERED, changed.figures().slFormula());
        assertEquals("SL 10 s: answered within ÷ answered", changed.figures().serviceLevelCaption());
        // c4 has no recorded rules: the latest call with some (c3) still names the tile's
        assertEquals("SL 10 s: answered within ÷ answered", tile(at("09:04:00")).figures().serviceLevelCaption());
    }
}
