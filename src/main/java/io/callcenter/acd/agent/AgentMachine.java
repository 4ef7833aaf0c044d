package io.callcenter.acd.agent;

import io.callcenter.acd.AcdActor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/**
 * The agent state machine's rules (actor thread only): what each command and each call event does in each state.
 * Commands that arrive while the agent is busy with a call (pause, logout) become its "next status", applied when
 * the call and its wrap-up end, so an agent is never pulled out of a call it is on.
 */
@ApplicationScoped
public class AgentMachine {

    private final AgentBook book;
    private final AcdActor actor;
    private final WrapUpEnds wrapUpEnds;

    AgentMachine(AgentBook book, AcdActor actor, WrapUpEnds wrapUpEnds) {
        this.book = book;
        this.actor = actor;
        this.wrapUpEnds = wrapUpEnds;
    }

    /**
     * Who issues the commands that follow in this actor task ("agent" or "supervisor"): recorded as the way a
     * wrap-up ended. Cleared when the wrap-up end is recorded; the timer records "timer".
     */
    public void actingAs(Agent a, String who) {
        a.commandBy = who;
    }

    public void login(Agent a, Set<String> queues) {
        if (queues.isEmpty()) {
            throw AgentCommandException.badRequest("No queue to log in to");
        }
        a.queues.clear();
        a.queues.addAll(queues);
        a.missedInRow = 0;
        if (a.state == AgentState.LOGGED_OUT) {
            book.transition(a, AgentState.READY, "login");
        } else {
            book.changed(a);
        }
    }

    public void logout(Agent a, String reason) {
        if (busy(a)) {
            setNext(a, AgentState.LOGGED_OUT, reason);
        } else if (a.state != AgentState.LOGGED_OUT) {
            book.transition(a, AgentState.LOGGED_OUT, reason);
        }
    }

    public void ready(Agent a) {
        switch (a.state) {
            case LOGGED_OUT -> throw AgentCommandException.conflict("Log in first");
            case PAUSED -> {
                a.missedInRow = 0;
                book.transition(a, AgentState.READY, "ready");
            }
            case WRAP_UP -> endWrapUp(a);
            case RESERVED, ON_CALL -> setNext(a, AgentState.READY, null);
            case READY -> {
            }
        }
    }

    public void pause(Agent a, String reason) {
        switch (a.state) {
            case LOGGED_OUT -> throw AgentCommandException.conflict("Log in first");
            case READY, PAUSED -> book.transition(a, AgentState.PAUSED, reason);
            case WRAP_UP -> {
                wrapUpEnds.ended(a, null);
                book.transition(a, AgentState.PAUSED, reason);
            }
            case RESERVED, ON_CALL -> setNext(a, AgentState.PAUSED, reason);
        }
    }

    /** What the agent becomes after the current call; READY clears a pending pause / logout. */
    public void setNext(Agent a, AgentState state, String reason) {
        if (a.state == AgentState.LOGGED_OUT) {
            throw AgentCommandException.conflict("Log in first");
        }
        a.nextState = state == AgentState.READY ? null : state;
        a.nextReason = state == AgentState.READY ? null : reason;
        book.changed(a);
    }

    public void endWrapUp(Agent a) {
        if (a.state != AgentState.WRAP_UP) {
            throw AgentCommandException.conflict("Not in wrap-up (state " + a.state + ")");
        }
        wrapUpEnds.ended(a, null);
        afterWork(a, "wrap-up ended");
    }

    /** An offer rings the agent's phone. */
    public void reserve(Agent a, String callId, String asteriskId, String queue) {
        a.callId = callId;
        a.asteriskId = asteriskId;
        a.queue = queue;
        book.transition(a, AgentState.RESERVED, null);
    }

    public void answered(Agent a) {
        a.missedInRow = 0;
        book.countAnswered(a, a.queue);
        book.transition(a, AgentState.ON_CALL, null);
    }

    /** The offer was withdrawn (caller gone, another agent faster): no fault of the agent. */
    public void released(Agent a) {
        if (a.state == AgentState.RESERVED) {
            afterWork(a, "offer withdrawn");
        }
    }

    /** The agent let the offer ring out, was busy or unreachable. */
    public void missed(Agent a, String why, int autoPauseAfter) {
        if (a.state != AgentState.RESERVED) {
            return;
        }
        a.missedInRow++;
        if (autoPauseAfter > 0 && a.missedInRow >= autoPauseAfter && a.nextState == null) {
            book.transition(a, AgentState.PAUSED, "auto-pause after " + a.missedInRow + " missed offers");
        } else {
            afterWork(a, why);
        }
    }

    /** The call ended: wrap-up for the queue's time, or straight to the next status. */
    public void callEnded(Agent a, Duration wrapUp) {
        if (a.state != AgentState.ON_CALL) {
            return;
        }
        if (wrapUp.isZero() || wrapUp.isNegative()) {
            afterWork(a, "call ended");
            return;
        }
        a.wrapUpUntil = book.now().plus(wrapUp);
        book.transition(a, AgentState.WRAP_UP, null);
        scheduleWrapUpEnd(a, wrapUp);
    }

    /** (Re)arms the wrap-up timer, e.g. with the time left after a restart. */
    public void scheduleWrapUpEnd(Agent a, Duration left) {
        book.cancelWrapUp(a);
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = actor.after(left, () -> {
            if (a.state == AgentState.WRAP_UP && a.wrapUpTimer == self[0]) {
                wrapUpEnds.ended(a, "timer");
                afterWork(a, "wrap-up time over");
            }
        });
        a.wrapUpTimer = self[0];
    }

    private void afterWork(Agent a, String why) {
        AgentState next = a.nextState == null ? AgentState.READY : a.nextState;
        String reason = a.nextState == null ? why : a.nextReason;
        a.nextState = null;
        a.nextReason = null;
        book.transition(a, next, reason);
    }

    private static boolean busy(Agent a) {
        return a.state == AgentState.RESERVED || a.state == AgentState.ON_CALL || a.state == AgentState.WRAP_UP;
    }
}
