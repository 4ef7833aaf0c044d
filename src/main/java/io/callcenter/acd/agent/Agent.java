package io.callcenter.acd.agent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/** One agent's runtime state; touched only on the ACD actor thread (see {@link io.callcenter.acd.AcdActor}). */
public final class Agent {

    final String username;
    String endpoint;
    AgentState state = AgentState.LOGGED_OUT;
    Instant since;
    /** Queues logged in to (empty while logged out). */
    final Set<String> queues = new LinkedHashSet<>();
    /** Pause reason code, or why the last transition happened. */
    String reason;
    /** What the agent becomes when the current call (or wrap-up) ends: READY, PAUSED or LOGGED_OUT; null = READY. */
    AgentState nextState;
    String nextReason;
    /** The call being offered / talked / wrapped up (call key), and its server. */
    String callId;
    String asteriskId;
    String queue;
    /** Since when the agent is idle (ready), for longest-idle. */
    Instant readySince;
    Instant wrapUpUntil;
    ScheduledFuture<?> wrapUpTimer;
    int missedInRow;
    /** Who issues the current command (agent / supervisor), see {@link AgentMachine#actingAs}. */
    String commandBy;
    /**
     * When the wrap-up was recorded as ended: the transition out of WRAP_UP that follows takes this instant, so
     * {@code acd_call.wrap_ended_at} and the agent's state change (wallboard and reports read one or the other) agree.
     */
    Instant wrapEndedAt;
    LocalDate countsDay;
    final Map<String, Integer> answeredToday = new HashMap<>();

    Agent(String username, String endpoint, Instant now) {
        this.username = username;
        this.endpoint = endpoint;
        this.since = now;
    }

    public String username() {
        return username;
    }

    public String endpoint() {
        return endpoint;
    }

    public AgentState state() {
        return state;
    }

    public Set<String> queues() {
        return Set.copyOf(queues);
    }

    public boolean loggedInTo(String queue) {
        return state != AgentState.LOGGED_OUT && queues.contains(queue);
    }

    public Instant readySince() {
        return readySince == null ? since : readySince;
    }

    public String callId() {
        return callId;
    }

    /** Calls of this queue answered today (the day of {@code today}). */
    public int answeredToday(String queue, LocalDate today) {
        return today.equals(countsDay) ? answeredToday.getOrDefault(queue, 0) : 0;
    }

    void countAnswered(String queue, LocalDate today) {
        if (!today.equals(countsDay)) {
            answeredToday.clear();
            countsDay = today;
        }
        answeredToday.merge(queue, 1, Integer::sum);
    }

    public AgentView view() {
        return new AgentView(username, endpoint, state, since, queues.stream().sorted().toList(), reason,
                nextState, nextReason, callId, queue, wrapUpUntil, missedInRow);
    }
}
