package io.callcenter.metrics;

import static io.callcenter.metrics.Calls.SL20_SHORT5;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A stay evaluated at successive instants: waiting, answered, handled, transferred; and an agent's state at T. */
class QueueStayTest {

    private static Instant t(int seconds) {
        return Calls.T0.plusSeconds(seconds);
    }

    /**
     * Enqueued at 0 s, answered at 15 s, hold 10 s, hung up at 75 s, transferred at 70 s, wrap-up over at 85 s:
     * wait 15 s (within 20 s), talk 75 − 15 − 10 = 50 s, wrap 85 − 75 = 10 s.
     */
    private static final QueueStay ANSWERED = new QueueStay("sales", t(0), t(0), Optional.of(t(15)),
            Optional.of(CallOutcome.ANSWERED), Optional.of(t(70)), Optional.of(t(75)), Optional.of(t(85)),
            Duration.ofSeconds(10));

    @Test
    void waitingUntilAnsweredThenAnsweredThenHandled() {
        assertFalse(ANSWERED.waitingAt(t(-1)), "not yet in the queue");
        assertEquals(CallCounts.ZERO, ANSWERED.contributionAt(t(-1), SL20_SHORT5));
        assertTrue(ANSWERED.waitingAt(t(0)));
        assertTrue(ANSWERED.waitingAt(t(14)));
        assertEquals(Contributions.waiting(), ANSWERED.contributionAt(t(14), SL20_SHORT5));
        assertFalse(ANSWERED.waitingAt(t(15)), "answered at 15 s: no longer waiting at 15 s");

        CallCounts talking = ANSWERED.contributionAt(t(20), SL20_SHORT5);
        assertEquals(1, talking.offered());
        assertEquals(new WaitStats(1, 1, 15_000, 15_000), talking.answered());
        assertEquals(0, talking.handling().handled(), "conversation not over: answered, not handled");
        assertEquals(0, talking.transferred());

        assertEquals(1, ANSWERED.contributionAt(t(70), SL20_SHORT5).transferred(), "transfer known at 70 s");
        assertEquals(0, ANSWERED.contributionAt(t(80), SL20_SHORT5).handling().handled(), "still in wrap-up");
        assertEquals(new HandlingTotals(1, 50_000, 10_000, 10_000),
                ANSWERED.contributionAt(t(85), SL20_SHORT5).handling());
    }

    @Test
    void aCallerWhoHangsUpWithoutARecordedOutcomeAbandonedThen() {
        QueueStay s = new QueueStay("sales", t(0), t(0), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(t(4)), Optional.empty(), Duration.ZERO);
        assertTrue(s.waitingAt(t(3)));
        assertFalse(s.waitingAt(t(4)));
        CallCounts c = s.contributionAt(t(10), SL20_SHORT5);
        assertEquals(new WaitStats(1, 1, 4_000, 4_000), c.abandoned());
        assertEquals(1, c.shortAbandoned().count(), "4 s < 5 s short-abandon cut");
    }

    @Test
    void aStayAfterAnOverflowCountsFromTheFirstEnqueueButExistsOnlyOnceJoined() {
        // queue a: 0 s → timeout at 30 s → queue b from 30 s, answered at 40 s: b's wait is 40 s (not within 20 s)
        QueueStay b = new QueueStay("b", t(0), t(30), Optional.of(t(40)), Optional.of(CallOutcome.ANSWERED),
                Optional.empty(), Optional.empty(), Optional.empty(), Duration.ZERO);
        assertFalse(b.waitingAt(t(29)));
        assertEquals(CallCounts.ZERO, b.contributionAt(t(29), SL20_SHORT5));
        assertTrue(b.waitingAt(t(30)));
        assertEquals(new WaitStats(1, 0, 40_000, 40_000), b.contributionAt(t(40), SL20_SHORT5).answered());
    }

    @Test
    void longestWaitingIsNowMinusTheOldestWaitingCaller() {
        List<Instant> since = List.of(t(10), t(3), t(7));
        assertEquals(Optional.of(Duration.ofSeconds(17)), QueueMetrics.longestWaiting(since, t(20)));
        assertEquals(Optional.empty(), QueueMetrics.longestWaiting(List.of(), t(20)));
    }

    @Test
    void theStateAtAnInstantIsTheLastTransitionAtOrBeforeIt() {
        List<AgentTransition> ts = List.of(
                transition(AgentState.LOGGED_OUT, AgentState.READY, 0, null),
                transition(AgentState.READY, AgentState.PAUSED, 60, "lunch"),
                transition(AgentState.PAUSED, AgentState.READY, 120, null));
        assertEquals(Optional.empty(), StateInterval.at(ts, t(-1)));
        assertEquals(AgentState.READY, StateInterval.at(ts, t(0)).orElseThrow().state());
        StateInterval paused = StateInterval.at(ts, t(90)).orElseThrow();
        assertEquals(new StateInterval(AgentState.PAUSED, t(60), t(90), Optional.of("lunch")), paused);
        assertEquals(AgentState.READY, StateInterval.at(ts, t(120)).orElseThrow().state());
    }

    private static AgentTransition transition(AgentState from, AgentState to, int at, String reason) {
        return new AgentTransition("a1", "PJSIP/1", from, to, Optional.ofNullable(reason), Optional.empty(),
                Optional.empty(), t(at));
    }
}
