package io.callcenter.wallboard.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tailing by id when a lower id may commit after a higher one, and a rolled-back id never commits. */
class TailCursorTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void loadedRowsAreNotTakenTwiceAndTheFloorFollowsContiguousIds() {
        TailCursor c = new TailCursor(10, List.of(5L, 11L, 12L), Duration.ofSeconds(5));
        assertEquals(12, c.floor());
        assertFalse(c.accept(12), "already loaded");
        assertTrue(c.accept(13));
        c.advance(T0);
        assertEquals(13, c.floor());
    }

    @Test
    void aLateLowerIdIsStillTakenAndAGapIsGivenUpAfterTheTimeout() {
        TailCursor c = new TailCursor(0, List.of(), Duration.ofSeconds(5));
        assertTrue(c.accept(2));
        assertTrue(c.accept(4));
        c.advance(T0);
        assertEquals(0, c.floor(), "1 not committed yet: the floor waits");
        assertTrue(c.accept(1), "committed late, taken");
        c.advance(T0.plusSeconds(1));
        assertEquals(2, c.floor(), "3 still missing");
        c.advance(T0.plusSeconds(3));
        assertEquals(2, c.floor());
        c.advance(T0.plusSeconds(7));
        assertEquals(4, c.floor(), "3 given up (a rolled-back insert)");
        assertFalse(c.accept(4));
    }
}
