package io.callcenter.metrics;

/** How one call's stay in one queue ended; exactly one per stay (a call that overflows to queue B has a stay there too). */
public enum CallOutcome {
    /** An agent answered (was bridged with the caller) while the call was in this queue. */
    ANSWERED(true),
    /** Answered by an agent, who then transferred the caller onwards; counts as answered and as transferred. */
    TRANSFERRED(true),
    /** The caller hung up while waiting. */
    ABANDONED(false),
    /** The queue's max wait was reached; the caller went to the overflow target. */
    TIMEOUT(false),
    /** Left unanswered for any other routing reason (max length, no agents, supervisor redirect) to another target. */
    OVERFLOW(false),
    /** Arrived outside business hours and went straight to the after-hours target: never entered the queue. */
    AFTER_HOURS(false);

    private final boolean answered;

    CallOutcome(boolean answered) {
        this.answered = answered;
    }

    /** Whether an agent answered the call in this queue (ANSWERED or TRANSFERRED). */
    public boolean answered() {
        return answered;
    }
}
