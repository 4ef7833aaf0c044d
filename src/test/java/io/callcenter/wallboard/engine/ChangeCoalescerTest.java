package io.callcenter.wallboard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.wallboard.figures.WallboardChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** At most one event per second, but a new waiting caller after 250 ms. */
class ChangeCoalescerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private static Instant ms(long ms) {
        return T0.plusMillis(ms);
    }

    @Test
    void changesAreCoalescedAndANewWaitingCallerGoesOutSooner() {
        ChangeCoalescer c = new ChangeCoalescer(Duration.ofSeconds(1), Duration.ofMillis(250));
        assertEquals(Optional.empty(), c.due(ms(0)), "nothing changed");
        c.changed("sales", false);
        assertEquals(Optional.of(new WallboardChanged(ms(0), Set.of("sales"), false)), c.due(ms(0)));
        c.changed("sales", false);
        c.changed("support", false);
        assertEquals(Optional.empty(), c.due(ms(500)), "within the second after the last event");
        c.changed("sales", true);
        assertEquals(Optional.empty(), c.due(ms(200)));
        WallboardChanged urgent = c.due(ms(600)).orElseThrow();
        assertEquals(Set.of("sales", "support"), urgent.queues());
        assertTrue(urgent.newWaitingCaller());
        c.changed(null, false);
        assertEquals(Optional.empty(), c.due(ms(1500)));
        assertEquals(Optional.of(new WallboardChanged(ms(1600), Set.of(), false)), c.due(ms(1600)), "all queues");
    }
}
