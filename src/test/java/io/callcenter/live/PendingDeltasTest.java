package io.callcenter.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.DeviceStateView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-connection backlog: latest state wins, removal wins, oldest first, "over" tracking. */
class PendingDeltasTest {

    private static PendingDelta state(String name, String state) {
        return new PendingDelta(new Delta.DeviceStateUpsert("a", new DeviceStateView("a", name, state)), null);
    }

    private static PendingDelta removeChannel(String id) {
        return new PendingDelta(new Delta.ChannelRemove("a", id, "DESTROYED", 16, "Normal Clearing"), null);
    }

    private static PendingDelta upsertChannel(String id) {
        return new PendingDelta(new Delta.ChannelUpsert("a", new ChannelView("a", id, "PJSIP/1", "Up", null, null,
                null, null, null, null, null, null, null, null)), null);
    }

    @Test
    void latestStateWinsAndMovesToTheEnd() {
        PendingDeltas p = new PendingDeltas(10);
        p.put(state("A", "INUSE"));
        p.put(state("B", "INUSE"));
        p.put(state("A", "NOT_INUSE"));
        List<PendingDelta> out = p.drain(100);
        assertEquals(List.of("B", "A"), out.stream()
                .map(d -> ((Delta.DeviceStateUpsert) d.delta()).deviceState().name()).toList());
        assertEquals("NOT_INUSE", ((Delta.DeviceStateUpsert) out.get(1).delta()).deviceState().state());
        assertTrue(p.isEmpty());
    }

    @Test
    void aRemovalIsNotReplacedByALaterUpsert() {
        PendingDeltas p = new PendingDeltas(10);
        p.put(removeChannel("c1"));
        p.put(upsertChannel("c1"));
        List<PendingDelta> out = p.drain(100);
        assertEquals(1, out.size());
        assertTrue(out.get(0).delta().removal());
    }

    @Test
    void overTheBoundIsMarkedOnceAndClearedWhenDrainedBelowIt() {
        PendingDeltas p = new PendingDeltas(2);
        for (int i = 0; i < 5; i++) {
            p.put(state("S" + i, "INUSE"));
        }
        assertTrue(p.markOver(100));
        assertFalse(p.markOver(200));
        assertEquals(50, p.overFor(150));
        assertEquals(2, p.drain(2).size());
        assertEquals(150, p.overFor(250), "3 left, still over");
        p.drain(2);
        assertEquals(-1, p.overFor(300));
    }
}
