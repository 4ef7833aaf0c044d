package io.callcenter.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.agent.AgentTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Time in state, pause reasons and occupancy from one agent's hand-built day. */
class AgentTimeTest {

    private static final TimeWindow NINE_TO_FIVE = new TimeWindow(at("09:00:00"), at("17:00:00"));

    private static Instant at(String time) {
        return Instant.parse("2026-11-27T" + time + "Z");
    }

    private static StateInterval interval(AgentState s, String from, String to, String reason) {
        return new StateInterval(s, at(from), at(to), Optional.ofNullable(reason));
    }

    /**
     * <pre>
     * LOGGED_OUT 08:00–09:30      30 min inside the window (the first 60 are before it)
     * READY      09:30–10:00      30 min
     * RESERVED   10:00–10:00:30   0.5 min (ringing)
     * ON_CALL    10:00:30–10:10:30 10 min
     * WRAP_UP    10:10:30–10:12:30  2 min
     * PAUSED     10:12:30–11:12:30 60 min "lunch"
     * READY      11:12:30–11:30   17.5 min
     * ON_CALL    11:30–12:00      30 min
     * PAUSED     12:00–12:10      10 min, no reason
     * LOGGED_OUT 12:10–18:00      (outside the window after 17:00)
     * </pre>
     */
    private static final List<StateInterval> DAY = List.of(
            interval(AgentState.LOGGED_OUT, "08:00:00", "09:30:00", null),
            interval(AgentState.READY, "09:30:00", "10:00:00", null),
            interval(AgentState.RESERVED, "10:00:00", "10:00:30", null),
            interval(AgentState.ON_CALL, "10:00:30", "10:10:30", null),
            interval(AgentState.WRAP_UP, "10:10:30", "10:12:30", null),
            interval(AgentState.PAUSED, "10:12:30", "11:12:30", "lunch"),
            interval(AgentState.READY, "11:12:30", "11:30:00", null),
            interval(AgentState.ON_CALL, "11:30:00", "12:00:00", null),
            interval(AgentState.PAUSED, "12:00:00", "12:10:00", null),
            interval(AgentState.LOGGED_OUT, "12:10:00", "18:00:00", null));

    @Test
    void timeInStateIsClippedToTheWindow() {
        AgentTime t = AgentTime.of(DAY, NINE_TO_FIVE);
        // logged out: 30 min (09:00–09:30) + 290 min (12:10–17:00) = 320 min
        assertEquals(Duration.ofMinutes(320), t.in(AgentState.LOGGED_OUT));
        assertEquals(Duration.ofSeconds(30 * 60 + 17 * 60 + 30), t.in(AgentState.READY)); // 30 + 17.5 min
        assertEquals(Duration.ofMinutes(40), t.in(AgentState.ON_CALL));                    // 10 + 30
        assertEquals(Duration.ofMinutes(70), t.in(AgentState.PAUSED));                     // 60 + 10
        assertEquals(Map.of("lunch", Duration.ofMinutes(60), AgentTime.NO_REASON, Duration.ofMinutes(10)),
                t.pausedByReason());
    }

    @Test
    void occupancyIsOnCallPlusWrapOverLoggedInMinusPaused() {
        AgentTime t = AgentTime.of(DAY, NINE_TO_FIVE);
        // logged in = 30 + 0.5 + 10 + 2 + 60 + 17.5 + 30 + 10 = 160 min; minus paused 70 = 90 min available
        assertEquals(Duration.ofMinutes(160), t.loggedIn());
        assertEquals(Duration.ofMinutes(90), t.available());
        // occupied = on call 40 + wrap 2 = 42 min; 42 ÷ 90 = 46.7 %
        assertEquals(new Ratio(Duration.ofMinutes(42).toMillis(), Duration.ofMinutes(90).toMillis()), t.occupancy());
        assertEquals("46.7 %", t.occupancy().display());
    }

    @Test
    void anAgentNeverAvailableHasNoOccupancy() {
        AgentTime paused = AgentTime.of(List.of(interval(AgentState.PAUSED, "09:00:00", "10:00:00", "training")),
                NINE_TO_FIVE);
        assertEquals("—", paused.occupancy().display());
        assertEquals("—", AgentTime.of(List.of(), NINE_TO_FIVE).occupancy().display());
    }

    @Test
    void teamTimesAdd() {
        AgentTime one = AgentTime.of(DAY, NINE_TO_FIVE);
        AgentTime two = one.plus(one);
        assertEquals(Duration.ofMinutes(180), two.available());
        assertEquals(Duration.ofMinutes(120), two.pausedByReason().get("lunch"));
        assertEquals(one.occupancy().value(), two.occupancy().value());
    }

    @Test
    void intervalsFromTransitionsRunToTheNextOneAndTheLastUntilNow() {
        List<AgentTransition> transitions = List.of(
                transition(AgentState.PAUSED, AgentState.READY, "09:10:00", null),
                transition(AgentState.LOGGED_OUT, AgentState.PAUSED, "09:00:00", "briefing"),
                transition(AgentState.READY, AgentState.ON_CALL, "09:20:00", null),
                transition(AgentState.ON_CALL, AgentState.WRAP_UP, "09:50:00", null)); // after "now": ignored
        List<StateInterval> intervals = StateInterval.fromTransitions(transitions, at("09:30:00"));
        assertEquals(List.of(
                interval(AgentState.PAUSED, "09:00:00", "09:10:00", "briefing"),
                interval(AgentState.READY, "09:10:00", "09:20:00", null),
                interval(AgentState.ON_CALL, "09:20:00", "09:30:00", null)), intervals);
    }

    private static AgentTransition transition(AgentState from, AgentState to, String time, String reason) {
        return new AgentTransition("alice", "PJSIP/1001", from, to, Optional.ofNullable(reason), Optional.empty(),
                Optional.empty(), at(time));
    }
}
