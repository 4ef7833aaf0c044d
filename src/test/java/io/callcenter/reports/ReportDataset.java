package io.callcenter.reports;

import io.callcenter.reports.rollup.ReportProjection;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small fixed day (2026-03-10, UTC) in queue {@code queue} (not configured: SL 20 s over answered calls, short
 * abandons under 5 s), written partly before and partly after a projection catch-up so the incremental path is used.
 * <pre>
 * c1 10:00:00 answered by A after 8 s, hold 10 s, ended 10:03:08, wrap-up to 10:03:38: talk 170, hold 10, wrap 30
 * c2 10:01:00 A no answer, answered by B after 25 s, ended 10:02:25, wrap-up to 10:02:35: talk 60, wrap 10
 * c3 10:02:00 abandoned after 3 s at position 1 (short)
 * c4 10:03:00 abandoned after 40 s at position 2
 * c5 10:04:00 max wait 120 s: timeout
 * c6 10:05:00 after hours (not offered)
 * c7 10:20:00 answered by A after exactly 20 s, ended 10:21:20, wrap-up not over
 * A: ready 09:55, ring 10:00:05, on call 10:00:08, wrap-up 10:03:08, ready 10:03:38, lunch 10:10-10:40, out 10:45
 * </pre>
 */
final class ReportDataset {

    private static final AtomicInteger RUN = new AtomicInteger();

    final String tag = "r" + System.nanoTime() % 1_000_000 + "-" + RUN.incrementAndGet();
    final String queue = "q-" + tag;
    final String agentA = "a-" + tag;
    final String agentB = "b-" + tag;
    private final HistoryFixture h;
    private final ReportProjection projection;

    ReportDataset(HistoryFixture h, ReportProjection projection) {
        this.h = h;
        this.projection = projection;
    }

    static Instant at(String time) {
        return Instant.parse("2026-03-10T" + time + "Z");
    }

    String call(int n) {
        return "c" + n + "-" + tag;
    }

    void load() throws Exception {
        String c1 = call(1);
        h.enqueue(c1, queue, at("10:00:00"), 1, "5551001");
        h.state(agentA, at("09:55:00"), "LOGGED_OUT", "READY", null, null);
        offer(c1, agentA, "10:00:05", "answered");
        h.state(agentA, at("10:00:05"), "READY", "RESERVED", null, c1);
        answer(c1, agentA, "10:00:08");
        h.state(agentA, at("10:00:08"), "RESERVED", "ON_CALL", null, c1);
        projection.catchUp();
        // answered, still talking: nothing counted yet; the rest arrives later
        h.update(c1, "hold_ms = ?", 10_000L);
        end(c1, "10:03:08", "caller");
        h.state(agentA, at("10:03:08"), "ON_CALL", "WRAP_UP", null, c1);
        projection.catchUp();
        h.state(agentA, at("10:03:38"), "WRAP_UP", "READY", null, c1);
        h.update(c1, "wrap_ended_at = ?", HistoryFixture.ts(at("10:03:38")));

        String c2 = call(2);
        h.enqueue(c2, queue, at("10:01:00"), 2, "5551002");
        offer(c2, agentA, "10:01:02", "no_answer");
        offer(c2, agentB, "10:01:20", "answered");
        answer(c2, agentB, "10:01:25");
        end(c2, "10:02:25", "agent");
        h.update(c2, "wrap_ended_at = ?", HistoryFixture.ts(at("10:02:35")));

        abandon(call(3), "10:02:00", 1, 3_000, "5551003");
        abandon(call(4), "10:03:00", 2, 40_000, "5551004");

        String c5 = call(5);
        h.enqueue(c5, queue, at("10:04:00"), 1, "5551005");
        h.step(c5, at("10:06:00"), "overflow", queue, null, null, "max_wait -> hangup:goodbye", null);
        h.update(c5, "outcome = 'overflowed', overflow_reason = 'max_wait', overflow_target = 'hangup:goodbye'");
        end(c5, "10:06:00", "system");

        String c6 = call(6);
        h.enqueue(c6, queue, at("10:05:00"), 0, "5551006");
        h.step(c6, at("10:05:00"), "overflow", queue, null, null, "after_hours -> hangup:closed", null);
        h.update(c6, "outcome = 'overflowed', overflow_reason = 'after_hours'");
        end(c6, "10:05:10", "system");

        h.state(agentA, at("10:10:00"), "READY", "PAUSED", "lunch", null);
        String c7 = call(7);
        h.enqueue(c7, queue, at("10:20:00"), 1, "5551007");
        offer(c7, agentA, "10:20:10", "answered");
        answer(c7, agentA, "10:20:20");
        end(c7, "10:21:20", "caller");
        h.state(agentA, at("10:40:00"), "PAUSED", "READY", null, null);
        h.state(agentA, at("10:45:00"), "READY", "LOGGED_OUT", null, null);
        projection.catchUp();
    }

    private void offer(String call, String agent, String time, String result) throws Exception {
        String channel = "acd-agent-" + agent + "-" + call;
        h.step(call, at(time), "offer", queue, agent, channel, null, null);
        h.step(call, at(time), "offer_result", queue, agent, channel, result, "answered".equals(result) ? null : 19);
    }

    private void answer(String call, String agent, String time) throws Exception {
        h.update(call, "answered_at = ?, agent = ?, outcome = 'answered'", HistoryFixture.ts(at(time)), agent);
        h.step(call, at(time), "answer", queue, agent, "acd-agent-" + agent + "-" + call, null, null);
    }

    private void end(String call, String time, String side) throws Exception {
        h.step(call, at(time), "hangup", queue, null, null, side, 16);
        h.update(call, "ended_at = ?, hangup_side = ?, hangup_cause = 16", HistoryFixture.ts(at(time)), side);
    }

    private void abandon(String call, String time, int position, long waitMs, String number) throws Exception {
        h.enqueue(call, queue, at(time), position, number);
        Instant left = at(time).plusMillis(waitMs);
        h.update(call, "outcome = 'abandoned', abandon_wait_ms = ?, abandon_position = ?", waitMs, position);
        h.step(call, left, "abandon", queue, null, null, "position " + position, 16);
        h.step(call, left, "hangup", queue, null, null, "caller", 16);
        h.update(call, "ended_at = ?, hangup_side = 'caller'", HistoryFixture.ts(left));
    }
}
