package io.callcenter.wallboard.fold;

import static io.callcenter.wallboard.fold.Rows.queues;
import static io.callcenter.wallboard.fold.Rows.state;
import static io.callcenter.wallboard.fold.Rows.step;

import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.SlFormula;
import io.callcenter.metrics.BusinessDay;
import io.callcenter.wallboard.history.History;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One hand-built morning. Business day starts 06:00 UTC. sales: SL 20 s, short abandon 5 s, (answered + abandoned
 * within) ÷ (answered + abandoned); support: SL 30 s, short 5 s, answered within ÷ answered.
 * <pre>
 * call queue    enqueue    what happened
 * c6   sales    05:59:00   answered 05:59:05 by a1, hung up 05:59:30 (yesterday's business day)
 * c7   sales    05:59:50   abandoned 06:00:30 (waited 40 s across the day boundary)
 * c1   sales    09:00:00   answered 09:00:10 by a1 (wait 10 s), hold 09:01:00–09:01:20, hung up 09:02:10,
 *                          a1's wrap-up over 09:02:40: talk 120 − 20 = 100 s, hold 20 s, wrap 30 s
 * c2   sales    09:00:30   abandoned 09:00:33 (3 s: short, within)
 * c5   support  09:00:00   max wait at 09:00:40 → sales (keeps its 09:00:00 enqueue), answered there 09:00:50 by a2
 *                          (wait 50 s), still talking
 * c3   sales    09:01:00   waiting (priority 0)
 * c4   sales    09:02:00   waiting (priority 5: ahead of c3)
 * </pre>
 * Agents: a1 logs in to sales 08:00; a2 to sales + support 08:30, lunch 08:45–08:55; a3 to support 07:00, logs out
 * 08:00.
 */
final class DayHistory {

    static final BusinessDay DAY = new BusinessDay(LocalTime.of(6, 0), ZoneOffset.UTC);
    static final Selection BOTH = new Selection(List.of(
            Rows.queue("sales", 20, SlFormula.ANSWERED_AND_ABANDONED, 5),
            Rows.queue("support", 30, SlFormula.ANSWERED, 5)), Map.of());

    static final History STEPS_AND_STATES = new History(List.of(
            step("c6", "05:59:00", "enqueue", "sales", null, "position 1"),
            step("c6", "05:59:05", "answer", "sales", "a1", "waited 5000 ms"),
            step("c7", "05:59:50", "enqueue", "sales", null, "position 1"),
            step("c6", "05:59:30", "hangup", "sales", "a1", "caller"),
            step("c7", "06:00:30", "abandon", "sales", null, "position 1 after 40000 ms"),
            step("c7", "06:00:30", "hangup", "sales", null, "caller"),
            step("c1", "09:00:00", "enqueue", "sales", null, "position 1"),
            step("c5", "09:00:00", "enqueue", "support", null, "position 1"),
            step("c1", "09:00:05", "offer", "sales", "a1", null),
            step("c1", "09:00:10", "answer", "sales", "a1", "waited 10000 ms"),
            step("c2", "09:00:30", "enqueue", "sales", null, "position 1"),
            step("c2", "09:00:33", "abandon", "sales", null, "position 1 after 3000 ms"),
            step("c2", "09:00:33", "hangup", "sales", null, "caller"),
            step("c5", "09:00:40", "overflow", "support", null, "max_wait -> queue:sales"),
            step("c5", "09:00:40", "transfer", "sales", null, "queue sales"),
            step("c5", "09:00:50", "answer", "sales", "a2", "waited 50000 ms"),
            step("c1", "09:01:00", "hold", "sales", "a1", null),
            step("c3", "09:01:00", "enqueue", "sales", null, "position 1", 0),
            step("c1", "09:01:20", "unhold", "sales", "a1", null),
            step("c4", "09:02:00", "enqueue", "sales", null, "position 1", 5),
            step("c1", "09:02:10", "hangup", "sales", "a1", "caller")),
            List.of(
                    state("a3", "07:00:00", AgentState.LOGGED_OUT, AgentState.READY, "login", null, null),
                    state("a1", "08:00:00", AgentState.LOGGED_OUT, AgentState.READY, "login", null, null),
                    state("a3", "08:00:00", AgentState.READY, AgentState.LOGGED_OUT, "end of shift", null, null),
                    state("a2", "08:30:00", AgentState.LOGGED_OUT, AgentState.READY, "login", null, null),
                    state("a2", "08:45:00", AgentState.READY, AgentState.PAUSED, "lunch", null, null),
                    state("a2", "08:55:00", AgentState.PAUSED, AgentState.READY, "ready", null, null),
                    state("a1", "09:00:05", AgentState.READY, AgentState.RESERVED, null, "c1", "sales"),
                    state("a1", "09:00:10", AgentState.RESERVED, AgentState.ON_CALL, null, "c1", "sales"),
                    state("a2", "09:00:45", AgentState.READY, AgentState.RESERVED, null, "c5", "sales"),
                    state("a2", "09:00:50", AgentState.RESERVED, AgentState.ON_CALL, null, "c5", "sales"),
                    state("a1", "09:02:10", AgentState.ON_CALL, AgentState.WRAP_UP, null, "c1", "sales"),
                    state("a1", "09:02:40", AgentState.WRAP_UP, AgentState.READY, "wrap-up time over", "c1",
                            "sales")),
            List.of(
                    queues("a3", "07:00:00", "support"),
                    queues("a1", "08:00:00", "sales"),
                    queues("a3", "08:00:00"),
                    queues("a2", "08:30:00", "sales", "support")));

    private DayHistory() {
    }

    static Ledger ledger() {
        Ledger l = new Ledger();
        l.apply(STEPS_AND_STATES);
        return l;
    }
}
